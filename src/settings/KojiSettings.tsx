// Where Koji web pages are for each hub: the rule `…/kojihub` → `…/koji` on the same host, a
// default Koji web for composes whose hub is unknown, and overrides for other Koji instances.
// Kept per user in ~/.config/cockpit-foundry/settings.json on the host.
import { useState } from "react";
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { ActionGroup, Form, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { KOJI_COMPOSES_FILE } from "../api/kojiComposes";
import { SETTINGS_FILE, saveKojiSettings, useKojiSettings } from "../api/settingsFile";
import type { KojiWebSettings } from "../model/kojiLinks";
import { KojiOverrides, type OverrideRow, overridesHaveProblems } from "./KojiOverrides";
import { kojiBaseUrl } from "../model/kojiLinks";

function KojiSettingsForm({ initial }: { initial: KojiWebSettings }) {
    const [defaultWeb, setDefaultWeb] = useState(initial.defaultWeb ?? "");
    const [rows, setRows] = useState<OverrideRow[]>(Object.entries(initial.webByHub ?? {}).map(([hub, web]) => ({ hub, web })));
    const [saving, setSaving] = useState(false);
    const [result, setResult] = useState<{ error: string | null } | null>(null);

    const defaultBad = defaultWeb.trim() !== "" && kojiBaseUrl(defaultWeb.trim()) === null;
    const overridesBad = overridesHaveProblems(rows);
    async function save() {
        setSaving(true);
        const webByHub: Record<string, string> = {};
        for (const row of rows)
            if (row.hub.trim() !== "")
                webByHub[row.hub.trim()] = row.web.trim();
        const error = await saveKojiSettings({ webByHub, defaultWeb: defaultWeb.trim() });
        setSaving(false);
        setResult({ error });
    }

    return (
        <Form onSubmit={e => { e.preventDefault(); void save(); }}>
            <FormGroup label={_("Default Koji web URL")} fieldId="koji-default-web">
                <TextInput id="koji-default-web" value={defaultWeb} placeholder="https://koji.fedoraproject.org/koji"
                           validated={defaultBad ? "error" : "default"} aria-describedby="koji-default-web-helper"
                           onChange={(_e, v) => { setDefaultWeb(v); setResult(null); }} />
                <FormHelperText>
                    <HelperText id="koji-default-web-helper">
                        <HelperTextItem variant={defaultBad ? "error" : "default"}>
                            {defaultBad ? _("Give an http(s) address without a query or fragment.")
                                : _("Used for Koji composes whose hub is unknown or fits no rule.")}
                        </HelperTextItem>
                    </HelperText>
                </FormHelperText>
            </FormGroup>
            <KojiOverrides rows={rows} onChange={next => { setRows(next); setResult(null); }} />
            {result?.error &&
                <Alert variant="danger" isInline title={format(_("The settings could not be saved to ~/$0"), SETTINGS_FILE)}>
                    <p className="foundry-error-message">{result.error}</p>
                </Alert>}
            {result && result.error === null && <Alert variant="success" isInline isPlain title={_("Saved.")} />}
            <ActionGroup>
                <Button type="submit" variant="primary" isDisabled={saving || defaultBad || overridesBad} isLoading={saving}>{_("Save")}</Button>
            </ActionGroup>
        </Form>
    );
}

export function KojiSettings() {
    const settings = useKojiSettings();
    return (
        <Card id="koji-settings">
            <CardTitle>{_("Koji")}</CardTitle>
            <CardBody>
                <Content component="p">
                    {_("Koji links of a build are made from the Koji web address of its hub. A hub ending in /kojihub has its web pages at /koji on the same host; for other Koji instances, give the web address here.")}
                </Content>
                <Content component="p">
                    {format(_("These settings are yours alone: they are kept in ~/$0 on this host."), SETTINGS_FILE)}
                </Content>
                <Content component="p">
                    {format(_("The hub and task of the Koji composes you start here are kept for you alone in ~/$0; for other composes, the task is looked up in Koji."), KOJI_COMPOSES_FILE)}
                </Content>
                {settings.error &&
                    <Alert variant="warning" isInline title={format(_("~/$0 could not be read; saving replaces what it holds."), SETTINGS_FILE)}>
                        <p className="foundry-error-message">{settings.error}</p>
                    </Alert>}
                {settings.value !== undefined && <KojiSettingsForm initial={settings.value} />}
            </CardBody>
        </Card>
    );
}
