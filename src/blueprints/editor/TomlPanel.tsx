// The blueprint as TOML, editable: valid text updates the form at once; invalid text stays
// as typed, with the line and column of the first error, until it is fixed.
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { useEffect, useId, useRef, useState } from "react";

import { Alert } from "../../../pkg/lib/Alert";
import { format, _ } from "../../../pkg/lib/gettext";
import type { Blueprint } from "../../model/blueprint";
import { blueprintToToml, parseBlueprintToml } from "../../model/blueprintText";
import { deepEqual } from "../../model/blueprintDiff";

interface Props {
    blueprint: Blueprint;
    onChange: (next: Blueprint) => void;
}

interface ParseError { message: string; line: number; column: number }

export function TomlPanel({ blueprint, onChange }: Props) {
    const [text, setText] = useState(() => blueprintToToml(blueprint));
    const [error, setError] = useState<ParseError | null>(null);
    /** the blueprint this text stands for; a change from the form replaces the text */
    const shown = useRef(blueprint);
    const errorId = useId();

    useEffect(() => {
        if (!deepEqual(shown.current, blueprint)) {
            shown.current = blueprint;
            setText(blueprintToToml(blueprint));
            setError(null);
        }
    }, [blueprint]);

    const edit = (value: string) => {
        setText(value);
        const parsed = parseBlueprintToml(value);
        if ("error" in parsed) {
            setError(parsed.error);
            return;
        }
        setError(null);
        if (!deepEqual(parsed.blueprint, shown.current)) {
            shown.current = parsed.blueprint;
            onChange(parsed.blueprint);
        }
    };

    return (
        <>
            {error &&
                <Alert id={errorId} variant="danger" isInline isPlain title={format(_("TOML error at line $0, column $1"), error.line, error.column)}>
                    <pre className="foundry-mono foundry-pre">{error.message}</pre>
                </Alert>}
            <TextArea
                aria-label={_("Blueprint as TOML")}
                className="foundry-mono foundry-toml"
                value={text}
                onChange={(_event, value) => edit(value)}
                validated={error ? "error" : "default"}
                aria-describedby={error ? errorId : undefined}
                resizeOrientation="vertical"
                rows={30}
                spellCheck={false}
            />
        </>
    );
}
