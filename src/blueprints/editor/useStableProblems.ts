// The problems of the blueprint, as the same array for as long as they say the same thing:
// validation returns a new array after every keystroke, which would re-render every
// memoised section.
import { useRef } from "react";

import type { Problem } from "../../model/validation/types";
import { problemsKey } from "./fields/paths";

export function useStableProblems(problems: readonly Problem[]): readonly Problem[] {
    const kept = useRef({ key: problemsKey(problems), problems });
    const key = problemsKey(problems);
    if (key !== kept.current.key)
        kept.current = { key, problems };
    return kept.current.problems;
}
