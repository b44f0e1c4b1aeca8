// The Cloud API's error of a failed compose: reason, details and nested errors as an indented
// list (src/model/errorTree.ts), every value as text, with "Copy error".
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import CopyIcon from "@patternfly/react-icons/dist/esm/icons/copy-icon.js";
import { useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { VisibleText } from "../app/VisibleText";
import { errorCopyText, errorRows } from "../model/errorTree";

export function ComposeErrorTree({ error }: { error: unknown }) {
    const rows = errorRows(error);
    const [copied, setCopied] = useState(false);
    if (rows.length === 0)
        return null;
    const copy = () => {
        void navigator.clipboard.writeText(errorCopyText(error)).then(() => setCopied(true), () => setCopied(false));
    };
    return (
        <Alert variant="danger" isInline title={_("The build failed")} className="foundry-error-tree"
               actionLinks={<Button variant="link" isInline icon={<CopyIcon />} onClick={copy}>{copied ? _("Copied") : _("Copy error")}</Button>}>
            <ul className="foundry-error-rows">
                {rows.map((row, i) => (
                    <li key={i} style={{ paddingInlineStart: `${row.depth * 1.5}rem` }} data-kind={row.kind}>
                        {row.kind === "more"
                            ? format(_("$0 more lines left out"), row.text)
                            : <>
                                {row.key !== undefined && <span className="foundry-mono">{row.key}: </span>}
                                {row.kind === "error" && row.id !== undefined && <span className="foundry-mono">{row.id} </span>}
                                <span className={row.kind === "text" ? "foundry-mono" : undefined}><VisibleText text={row.text} keepLines /></span>
                            </>}
                    </li>
                ))}
            </ul>
        </Alert>
    );
}
