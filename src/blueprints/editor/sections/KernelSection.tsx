// customizations.kernel: which kernel package, and arguments appended to its command line.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function KernelSection({ value, onChange, problems, basePath = ["customizations", "kernel"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <Columns>
            <TextField label={_("Kernel package")} {...at("name")} placeholder="kernel" helperText={_("\"kernel\" when empty.")} />
            <TextField label={_("Kernel arguments")} {...at("append")} placeholder="nosmt=force" monospace
                helperText={_("Appended to the kernel command line.")} />
        </Columns>
    );
}
