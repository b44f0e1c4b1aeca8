// A line diff as `diff -u` shows it: hunks of changed lines with a little context.
import "./history.css";

import { _ } from "../../../pkg/lib/gettext";
import { VisibleText } from "../../app/VisibleText";
import { type DiffLine, diffHunks } from "../../model/lineDiff";

const PREFIX = { same: " ", removed: "-", added: "+" };

export function LineDiff({ lines }: { lines: DiffLine[] }) {
    const hunks = diffHunks(lines, 3);
    if (hunks.length === 0)
        return <p>{_("No line differs.")}</p>;
    return (
        <pre className="foundry-mono foundry-pre foundry-line-diff" aria-label={_("TOML line diff")}>
            {hunks.map(hunk => (
                <span key={hunk.header}>
                    <span className="foundry-diff-header">{hunk.header}</span>
                    {hunk.lines.map((line, i) => (
                        <span key={i} className={`foundry-diff-${line.kind}`}>{PREFIX[line.kind]}<VisibleText text={line.text} /></span>
                    ))}
                </span>
            ))}
        </pre>
    );
}
