// Koji links of a compose: the build page from its build id, and, once the task id is known
// (remembered when this plugin started the compose, or found by asking the hub's getBuild),
// the task page and its compose-status.json. The web URL comes from the user's Koji settings.
import { useState } from "react";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import ExternalLinkAltIcon from "@patternfly/react-icons/dist/esm/icons/external-link-alt-icon.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, N_, _ } from "../../pkg/lib/gettext";
import { useKojiCompose } from "../api/kojiComposes";
import { type KojiFetchError, getKojiBuild } from "../api/kojiHub";
import { useKojiSettings } from "../api/settingsFile";
import { composeStatusFileUrl, kojiBaseUrl, kojiBuildUrl, kojiId, kojiTaskUrl, kojiWebForHub } from "../model/kojiLinks";
import { safeHttpUrl } from "../model/safeUrl";
import { CopyValue } from "./CopyValue";

interface Props {
    buildId?: number | null;
    taskId?: number | null;
    /** the Koji hub URL the compose was sent to, when known */
    hub?: string | null;
    /** a Cloud compose id: its remembered hub and task are used when this plugin started it */
    composeId?: string;
    /** a Koji web URL to use instead of the mapping (the one the user fetched the task from) */
    web?: string;
}

/** A guess at the hub of a Koji web URL (`…/koji` → `…/kojihub`), for the "find the task" form. */
const hubGuess = (web: string): string => web.replace(/\/koji$/, "/kojihub");

function KojiLink({ label, href }: { label: string; href: string | null }) {
    const safe = safeHttpUrl(href);
    if (!safe)
        return null;
    return (
        <DescriptionListGroup>
            <DescriptionListTerm>{label}</DescriptionListTerm>
            <DescriptionListDescription>
                <Flex direction={{ default: "column" }} spaceItems={{ default: "spaceItemsXs" }}>
                    <FlexItem><a href={safe} target="_blank" rel="noopener noreferrer">{safe} <ExternalLinkAltIcon /></a></FlexItem>
                    <FlexItem><CopyValue label={label} text={_("Copy the address")} copy={safe} /></FlexItem>
                </Flex>
            </DescriptionListDescription>
        </DescriptionListGroup>
    );
}

export function KojiLinks({ buildId, taskId, hub, composeId, web: givenWeb }: Props) {
    const settings = useKojiSettings();
    const remembered = useKojiCompose(composeId);
    const [found, setFound] = useState<number | null>(null);
    const [hubText, setHubText] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<KojiFetchError | null>(null);

    const knownHub = hub ?? remembered?.hub ?? null;
    const build = kojiId(buildId);
    const task = kojiId(taskId) ?? kojiId(remembered?.taskId) ?? found;
    const given = kojiBaseUrl(givenWeb);
    const web = given ? { web: given, via: "given" as const } : kojiWebForHub(knownHub, settings.value ?? {});

    if (build === null && task === null)
        return null;
    if (!web)
        return (
            <Alert variant="info" isInline isPlain className="foundry-koji-links"
                   title={_("No Koji web address is known for this compose")}>
                {build !== null && <p>{format(_("Koji build $0"), build)}</p>}
                <p>{_("Set the Koji web address for its hub, or a default Koji, in Settings.")}</p>
            </Alert>
        );

    const hubValue = hubText ?? knownHub ?? hubGuess(web.web);
    async function findTask() {
        if (build === null)
            return;
        setBusy(true);
        setError(null);
        const reply = await getKojiBuild(hubValue, build);
        setBusy(false);
        if (reply.error)
            setError(reply.error);
        else if (reply.data.task_id === null)
            setError({ message: N_("The build does not name a task (it may have been imported without one)."), args: [] });
        else
            setFound(reply.data.task_id);
    }

    return (
        <div className="foundry-koji-links">
            <DescriptionList isCompact isHorizontal>
                {build !== null &&
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Koji build")}</DescriptionListTerm>
                        <DescriptionListDescription><CopyValue label={_("Koji build")} text={String(build)} copy={String(build)} /></DescriptionListDescription>
                    </DescriptionListGroup>}
                <KojiLink label={_("Build page")} href={kojiBuildUrl(web.web, build)} />
                {task !== null &&
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Koji task")}</DescriptionListTerm>
                        <DescriptionListDescription><CopyValue label={_("Koji task")} text={String(task)} copy={String(task)} /></DescriptionListDescription>
                    </DescriptionListGroup>}
                <KojiLink label={_("Task page")} href={kojiTaskUrl(web.web, task)} />
                <KojiLink label={_("compose-status.json")} href={composeStatusFileUrl(web.web, task)} />
            </DescriptionList>
            <Content component="small">
                {web.via === "given" ? _("Koji web address as given.")
                    : web.via === "override" ? _("Koji web address from your settings for this hub.")
                    : web.via === "rule" ? _("Koji web address derived from the hub (…/kojihub → …/koji).")
                        : _("Koji web address: your default Koji from the settings.")}
            </Content>
            {task === null && build !== null &&
                <Flex alignItems={{ default: "alignItemsCenter" }}>
                    <FlexItem grow={{ default: "grow" }}>
                        <TextInput aria-label={_("Koji hub URL")} value={hubValue} onChange={(_e, v) => setHubText(v)} />
                    </FlexItem>
                    <FlexItem>
                        <Button variant="secondary" isLoading={busy} isDisabled={busy} onClick={() => void findTask()}>
                            {_("Find the task in Koji")}
                        </Button>
                    </FlexItem>
                </Flex>}
            {error &&
                <Alert variant="danger" isInline title={format(_(error.message), ...error.args)}>
                    {error.detail && <p className="foundry-error-message">{error.detail}</p>}
                </Alert>}
        </div>
    );
}
