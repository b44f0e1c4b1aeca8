// A whole number bound to one place. Text that is not a whole number is kept as typed, so
// the field's problem says what is wrong instead of the input eating the keystroke.
import { ParsedTextField, type TextFieldProps } from "./TextField";
import { parseWholeNumber } from "./values";

type Props = Omit<TextFieldProps, "onChange" | "rows" | "type" | "keepEmpty"> & {
    onChange: (next: number | string | undefined) => void;
};

export function NumberField({ onChange, ...props }: Props) {
    return <ParsedTextField {...props} inputMode="numeric" onChange={next => onChange(next as number | string | undefined)} parse={parseWholeNumber} />;
}

/** A user or group given by name or by number (directories, files): digits are stored as a number */
export function NameOrIdField({ onChange, ...props }: Props) {
    return <ParsedTextField {...props} onChange={next => onChange(next as number | string | undefined)} parse={parseWholeNumber} />;
}
