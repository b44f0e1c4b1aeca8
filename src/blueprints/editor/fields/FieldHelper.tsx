// The line under a field: its hint, and each problem found at it as an error.
import { FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import type { ReactNode } from "react";

import type { Problem } from "../../../model/validation/types";
import { problemText } from "../problemText";

interface Props {
    id: string;
    problems: readonly Problem[];
    helperText?: ReactNode;
}

export function FieldHelper({ id, problems, helperText }: Props) {
    if (problems.length === 0 && !helperText)
        return null;
    return (
        <FormHelperText>
            <HelperText id={id}>
                {helperText && <HelperTextItem>{helperText}</HelperTextItem>}
                {problems.map((problem, i) =>
                    <HelperTextItem key={i} variant="error">{problemText(problem)}</HelperTextItem>)}
            </HelperText>
        </FormHelperText>
    );
}
