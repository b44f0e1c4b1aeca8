// A name, id or other text from the service as it is: characters that do not show or reorder the
// text (zero-width, bidi controls…) appear as marked escapes (model/visibleChars), so no name can
// pass for another. Escapes already in the text (displayText's) are marked the same way.
import { visibleSegments } from "../model/visibleChars";

interface Props {
    text: string;
    /** tabs and line ends stay as they are (multi-line text) */
    keepLines?: boolean;
}

export function VisibleText({ text, keepLines = false }: Props) {
    const segments = visibleSegments(text, keepLines);
    if (segments.length === 1 && !segments[0].escaped)
        return text;
    return segments.map((segment, i) =>
        segment.escaped
            ? <span key={i} className="foundry-invisible-char">{segment.text}</span>
            : <span key={i}>{segment.text}</span>);
}
