// What a Koji build itself keeps of an osbuild compose (getBuild's `extra`, reference §4.3):
// per image file its arch, boot mode, artifact, upload locations and manifest information.
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { format, ngettext, _ } from "../../pkg/lib/gettext";
import { type KojiImageFile, readKojiBuildExtra } from "../model/kojiBuild";
import type { KojiBuildInfo } from "../model/kojiLinks";
import { displayText } from "../model/safeUrl";
import { ComposeLocations } from "./ComposeLocations";
import { CopyValue } from "./CopyValue";
import { KojiLinks } from "./KojiLinks";

function Row({ term, value }: { term: string; value: string | undefined }) {
    if (value === undefined)
        return null;
    return (
        <DescriptionListGroup>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription><CopyValue label={term} text={displayText(value)} copy={value} /></DescriptionListDescription>
        </DescriptionListGroup>
    );
}

function ImageFile({ image }: { image: KojiImageFile }) {
    const manifest = image.manifest;
    return (
        <Card isCompact className="foundry-koji-image">
            <CardTitle>{image.filename}</CardTitle>
            <CardBody>
                <Stack hasGutter>
                    <StackItem>
                        <DescriptionList isCompact isHorizontal>
                            <Row term={_("Architecture")} value={image.arch} />
                            <Row term={_("Boot mode")} value={image.bootMode ?? _("not recorded")} />
                            <Row term={_("Artifact")} value={image.exportFilename} />
                            <Row term={_("Export")} value={image.exportName} />
                            <Row term={_("osbuild version")} value={image.osbuildVersion} />
                            <Row term={_("Manifest")} value={manifest?.filename} />
                            <Row term={_("osbuild-composer version")} value={manifest?.composerVersion} />
                        </DescriptionList>
                    </StackItem>
                    {manifest && manifest.deps.length > 0 &&
                        <StackItem>
                            <ExpandableSection toggleText={format(ngettext("$0 dependency of osbuild-composer", "$0 dependencies of osbuild-composer", manifest.deps.length), manifest.deps.length)}>
                                <pre className="foundry-mono foundry-pre">
                                    {manifest.deps.map(d => `${d.path} ${d.version}${d.replace ? ` => ${d.replace}` : ""}`).join("\n")}
                                </pre>
                            </ExpandableSection>
                        </StackItem>}
                    <StackItem><ComposeLocations locations={image.locations} emptyText={_("This image was not uploaded to a cloud.")} /></StackItem>
                </Stack>
            </CardBody>
        </Card>
    );
}

export function KojiBuildView({ build, hub }: { build: KojiBuildInfo; hub: string }) {
    const summary = readKojiBuildExtra(build.extra);
    return (
        <Stack hasGutter className="foundry-koji-build">
            <StackItem>
                <Card isCompact>
                    <CardTitle>{_("Koji build")}</CardTitle>
                    <CardBody>
                        <Stack hasGutter>
                            <StackItem>
                                <DescriptionList isCompact isHorizontal>
                                    <Row term={_("Build")} value={build.nvr ?? undefined} />
                                    <Row term={_("Hub")} value={hub} />
                                </DescriptionList>
                            </StackItem>
                            <StackItem><KojiLinks buildId={build.id} taskId={build.task_id} hub={hub} /></StackItem>
                        </Stack>
                    </CardBody>
                </Card>
            </StackItem>
            {summary.notes.length > 0 &&
                <StackItem><Content component="p">{summary.notes.map(n => <span key={n}>{_(n)} </span>)}</Content></StackItem>}
            {summary.images.map(image => <StackItem key={image.filename}><ImageFile image={image} /></StackItem>)}
        </Stack>
    );
}
