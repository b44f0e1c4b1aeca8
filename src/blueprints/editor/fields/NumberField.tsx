// A whole number bound to one place. Text that is not a whole number is kept as typed, so
// the field's problem says what is wrong instead of the input eating the keystroke.
import { ParsedTextField, type TextFieldProps } from "./TextField";

export function parseWholeNumber(text: string): number | string | undefined {
    if (text.trim() === "")
        return undefined;
    if (/^-?\d+$/.test(text.trim())) {
        const number = Number(text.trim());
        if (Number.isSafeInteger(number))
            return number;
    }
    return text;
}

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
