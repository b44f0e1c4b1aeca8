// What every section component takes: its value as found in the blueprint (which may hold
// keys the form does not know: they are kept), a way to replace it (undefined removes the
// key), all problems of the blueprint, and where the value sits in the blueprint.
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";

export interface SectionProps<T = unknown> {
    value: T | undefined;
    onChange: (next: T | undefined) => void;
    /** the problems of the whole blueprint (or of this section); each field picks its own by path */
    problems: readonly Problem[];
    /** where value sits in the blueprint; each section has its own default */
    basePath?: Path;
}
