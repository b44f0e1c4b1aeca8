// Whether a text read from a file is really binary data (an image, an archive, an RPM): such
// text is refused with one sentence instead of a parser error about its first byte. Pure.

/** how much of the start of the text is looked at: binary formats show themselves early */
const SAMPLE = 8192;

/**
 * True when the text holds a NUL character, or when more than one in ten of its first
 * characters are control characters (other than tab, line feed, carriage return and form
 * feed) or U+FFFD, which a decoder puts where bytes are not UTF-8.
 */
export function looksBinary(text: string): boolean {
    const sample = text.slice(0, SAMPLE);
    if (sample.includes("\u0000"))
        return true;
    let odd = 0;
    for (const ch of sample) {
        const code = ch.codePointAt(0) ?? 0;
        if ((code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r" && ch !== "\f") || code === 0x7f || code === 0xfffd)
            odd++;
    }
    return sample.length > 0 && odd * 10 > sample.length;
}
