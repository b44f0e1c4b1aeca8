// Fetch from Koji through the host: a task's compose-status.json (Koji web URL + task id), or a
// build's own metadata (Koji hub URL + build id).
import { useState } from "react";
import { ActionGroup, Form, FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";

import { _ } from "../../pkg/lib/gettext";

interface Props {
    kind: "task" | "build";
    /** the URL to start with */
    initialUrl: string;
    busy: boolean;
    onFetch(url: string, id: number): void;
}

export function KojiFetchForm({ kind, initialUrl, busy, onFetch }: Props) {
    const [url, setUrl] = useState(initialUrl);
    const [id, setId] = useState("");
    const idOk = /^[1-9]\d{0,15}$/.test(id.trim());
    const prefix = `inspect-${kind}`;
    return (
        <Form onSubmit={e => { e.preventDefault(); if (idOk) onFetch(url.trim(), Number(id.trim())); }}>
            <FormGroup label={kind === "task" ? _("Koji web URL") : _("Koji hub URL")} fieldId={`${prefix}-url`} isRequired>
                <TextInput id={`${prefix}-url`} value={url} onChange={(_e, v) => setUrl(v)}
                           placeholder={kind === "task" ? "https://koji.fedoraproject.org/koji" : "https://koji.fedoraproject.org/kojihub"} />
            </FormGroup>
            <FormGroup label={kind === "task" ? _("Task id") : _("Build id")} fieldId={`${prefix}-id`} isRequired>
                <TextInput id={`${prefix}-id`} value={id} onChange={(_e, v) => setId(v)} inputMode="numeric" />
            </FormGroup>
            <ActionGroup>
                <Button type="submit" variant="primary" isDisabled={!idOk || url.trim() === "" || busy} isLoading={busy}>
                    {kind === "task" ? _("Fetch compose-status.json") : _("Fetch the build")}
                </Button>
            </ActionGroup>
        </Form>
    );
}
