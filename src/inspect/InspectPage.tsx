// The reviewer's inspector: paste or open a compose-status.json or ComposeStatus, or have the
// host fetch one from Koji (task), or a build's own metadata from the hub. Renders the same
// summary, Koji links and cloud locations as the image page; bad input says what and where.
import { useState } from "react";
import { Card, CardBody } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Tab, Tabs, TabTitleText } from "@patternfly/react-core/dist/esm/components/Tabs/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { type KojiFetchError, getComposeStatusFile, getKojiBuild } from "../api/kojiHub";
import { useKojiSettings } from "../api/settingsFile";
import { type InspectError, type InspectedCompose, inspectComposeText } from "../model/composeStatusFile";
import type { KojiBuildInfo } from "../model/kojiLinks";
import { InspectedComposeView } from "./InspectedComposeView";
import { KojiBuildView } from "./KojiBuildView";
import { KojiFetchForm } from "./KojiFetchForm";
import { PasteForm } from "./PasteForm";

type Shown =
    | { kind: "compose"; compose: InspectedCompose; taskId?: number; web?: string }
    | { kind: "build"; build: KojiBuildInfo; hub: string }
    | { kind: "bad-input"; error: InspectError; pasted: boolean }
    | { kind: "fetch-failed"; error: KojiFetchError };

/** the message about bad input, which the paste text area names as its description */
const INPUT_ERROR_ID = "inspect-input-error";

function InputError({ error }: { error: InspectError }) {
    return (
        <Alert id={INPUT_ERROR_ID} variant="danger" isInline title={_("This cannot be inspected")} className="foundry-inspect-error">
            <p>{format(_(error.message), ...error.args)}</p>
            {error.detail && <p>{_(error.detail)}</p>}
            {error.path && error.code !== "missing" && error.code !== "wrong-type" && <p>{format(_("At $0"), error.path)}</p>}
        </Alert>
    );
}

export function InspectPage() {
    const settings = useKojiSettings();
    const [tab, setTab] = useState<string | number>("paste");
    const [shown, setShown] = useState<Shown | null>(null);
    const [busy, setBusy] = useState(false);
    const defaultWeb = settings.value?.defaultWeb ?? "";

    const show = (text: string, from?: { taskId: number; web: string }) => {
        const result = inspectComposeText(text);
        setShown(result.ok ? { kind: "compose", compose: result.compose, ...from } : { kind: "bad-input", error: result.error, pasted: !from });
    };
    async function fetchTask(web: string, taskId: number) {
        setBusy(true);
        const reply = await getComposeStatusFile(web, taskId);
        setBusy(false);
        if (reply.error)
            setShown({ kind: "fetch-failed", error: reply.error });
        else
            show(reply.data, { taskId, web });
    }
    async function fetchBuild(hub: string, buildId: number) {
        setBusy(true);
        const reply = await getKojiBuild(hub, buildId);
        setBusy(false);
        setShown(reply.error ? { kind: "fetch-failed", error: reply.error } : { kind: "build", build: reply.data, hub });
    }

    return (
        <PageSection>
            <Stack hasGutter>
                <StackItem><Title headingLevel="h1">{_("Inspect a compose")}</Title></StackItem>
                <StackItem>
                    <Card>
                        <CardBody>
                            <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} aria-label={_("What to inspect")}>
                                <Tab eventKey="paste" title={<TabTitleText>{_("Paste or open a file")}</TabTitleText>}>
                                    <PasteForm onInspect={text => show(text)} onRefused={error => setShown({ kind: "bad-input", error, pasted: true })}
                                        errorId={shown?.kind === "bad-input" && shown.pasted ? INPUT_ERROR_ID : undefined} />
                                </Tab>
                                <Tab eventKey="task" title={<TabTitleText>{_("Koji task")}</TabTitleText>}>
                                    {settings.value !== undefined &&
                                        <KojiFetchForm kind="task" initialUrl={defaultWeb} busy={busy} onFetch={(url, id) => void fetchTask(url, id)} />}
                                </Tab>
                                <Tab eventKey="build" title={<TabTitleText>{_("Koji build")}</TabTitleText>}>
                                    {settings.value !== undefined &&
                                        <KojiFetchForm kind="build" initialUrl={defaultWeb.replace(/\/koji$/, "/kojihub")} busy={busy} onFetch={(url, id) => void fetchBuild(url, id)} />}
                                </Tab>
                            </Tabs>
                        </CardBody>
                    </Card>
                </StackItem>
                {shown?.kind === "bad-input" && <StackItem><InputError error={shown.error} /></StackItem>}
                {shown?.kind === "fetch-failed" &&
                    <StackItem>
                        <Alert variant="danger" isInline title={format(_(shown.error.message), ...shown.error.args)} className="foundry-inspect-error">
                            {shown.error.detail && <p className="foundry-error-message">{shown.error.detail}</p>}
                        </Alert>
                    </StackItem>}
                {shown?.kind === "compose" && <StackItem><InspectedComposeView compose={shown.compose} taskId={shown.taskId} web={shown.web} /></StackItem>}
                {shown?.kind === "build" && <StackItem><KojiBuildView build={shown.build} hub={shown.hub} /></StackItem>}
            </Stack>
        </PageSection>
    );
}
