// The osbuild manifest: the Cloud API's /manifests shown (and downloadable); for Weldr, the
// metadata tarball that holds it, as a streamed download.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import DownloadIcon from "@patternfly/react-icons/dist/esm/icons/download-icon.js";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { _ } from "../../pkg/lib/gettext";
import { VisibleText } from "../app/VisibleText";
import { useCloudComposeManifestsQuery } from "../api/cloudComposes";
import { asComposerError } from "../api/composerError";
import { ErrorAlert } from "../app/ErrorAlert";
import type { ComposeView } from "../model/compose";
import { manifestsDownload, metadataDownload } from "./downloads";

/** Characters of the manifest shown on the page; the download has all of it. */
const SHOWN = 512 * 1024;

function CloudManifest({ compose }: { compose: ComposeView }) {
    const { data, error, refetch } = useCloudComposeManifestsQuery(compose.id);
    const problem = asComposerError(error, "cloud");
    const link = manifestsDownload(compose);
    if (problem)
        return <ErrorAlert title={_("The manifest could not be read")} error={problem} onRetry={refetch} />;
    if (!data)
        return <LoadingSpinner size="lg" />;
    const text = JSON.stringify(data.manifests ?? data, null, 2);
    return (
        <>
            <Button component="a" variant="secondary" href={link.href} download={link.filename} icon={<DownloadIcon />}>{_("Download manifest")}</Button>
            {text.length > SHOWN && <p>{_("Only the start of the manifest is shown.")}</p>}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard to be scrolled */}
            <pre className="foundry-mono foundry-pre foundry-log" style={{ maxHeight: "60vh", overflow: "auto" }} aria-label={_("osbuild manifest")} role="region" tabIndex={0}><VisibleText text={text.slice(0, SHOWN)} keepLines /></pre>
        </>
    );
}

export function ComposeManifest({ compose }: { compose: ComposeView }) {
    if (compose.api === "cloud")
        return <CloudManifest compose={compose} />;
    const link = metadataDownload(compose);
    if (!link)
        return <p>{_("The manifest is available when the build ends.")}</p>;
    return (
        <>
            <p>{_("Composer keeps the osbuild manifest of this image in its metadata archive.")}</p>
            <Button component="a" variant="secondary" href={link.href} download={link.filename} icon={<DownloadIcon />}>{_("Download metadata")}</Button>
        </>
    );
}
