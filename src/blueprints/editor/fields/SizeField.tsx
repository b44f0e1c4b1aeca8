// A disk size: a whole number of bytes or text like "2 GiB". Digits alone are stored as a
// number, anything else as the text typed; the hint says what composer will read.
import { _, format } from "../../../../pkg/lib/gettext";
import { formatSize, parseSize } from "../../../model/size";
import { ParsedTextField, type TextFieldProps } from "./TextField";
import { parseSizeText } from "./values";

type Props = Omit<TextFieldProps, "onChange" | "rows" | "type" | "keepEmpty"> & {
    onChange: (next: number | string | undefined) => void;
};

export function SizeField({ onChange, helperText, ...props }: Props) {
    const bytes = parseSize(props.value);
    let hint = helperText ?? _("Bytes, or a number and a unit like \"2 GiB\" or \"500 MiB\".");
    if (bytes !== null && props.value !== undefined)
        hint = typeof props.value === "number"
            ? format(_("$0 bytes ($1)"), bytes, formatSize(bytes))
            : format(_("$0 bytes"), bytes);
    return (
        <ParsedTextField
            {...props}
            helperText={hint}
            placeholder={props.placeholder ?? "2 GiB"}
            onChange={next => onChange(next as number | string | undefined)}
            parse={parseSizeText}
        />
    );
}
