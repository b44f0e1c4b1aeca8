// A line diff of two texts (Myers' O(ND) algorithm, common ends trimmed first), with
// unified hunks and side-by-side rows for showing it. Pure.

export interface DiffLine {
    kind: "same" | "added" | "removed";
    text: string;
    /** 1-based line numbers in the old and the new text, where the line is in them */
    oldLine?: number;
    newLine?: number;
}

/** Past this many edits the diff stops looking for the shortest script and replaces the rest wholesale */
const MAX_EDITS = 2000;

function splitLines(text: string): string[] {
    if (text === "")
        return [];
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "")
        lines.pop();
    return lines;
}

/** The shortest edit script between a and b as keep/delete/insert steps */
function myers(a: string[], b: string[]): ("=" | "-" | "+")[] {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, MAX_EDITS);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace: Int32Array[] = [];
    let found = -1;
    for (let d = 0; d <= max && found < 0; d++) {
        trace.push(v.slice(offset - d, offset + d + 1)); // the diagonals step d reads: O(D²) memory in all
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) // too different: everything old out, everything new in
        return [...Array<"-">(n).fill("-"), ...Array<"+">(m).fill("+")];

    const steps: ("=" | "-" | "+")[] = [];
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const vd = trace[d];
        const at = (diagonal: number) => vd[diagonal + d];
        const k = x - y;
        const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const prevX = at(prevK);
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            steps.push("=");
            x--;
            y--;
        }
        steps.push(x === prevX ? "+" : "-");
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        steps.push("=");
        x--;
        y--;
    }
    return steps.reverse();
}

/** Every line of both texts, in order, marked same, removed or added */
export function diffLines(oldText: string, newText: string): DiffLine[] {
    const a = splitLines(oldText);
    const b = splitLines(newText);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const steps = [
        ...Array<"=">(start).fill("="),
        ...myers(a.slice(start, endA), b.slice(start, endB)),
        ...Array<"=">(a.length - endA).fill("="),
    ];
    const result: DiffLine[] = [];
    let i = 0;
    let j = 0;
    for (const step of steps) {
        if (step === "=") {
            result.push({ kind: "same", text: a[i], oldLine: i + 1, newLine: j + 1 });
            i++;
            j++;
        } else if (step === "-") {
            result.push({ kind: "removed", text: a[i], oldLine: i + 1 });
            i++;
        } else {
            result.push({ kind: "added", text: b[j], newLine: j + 1 });
            j++;
        }
    }
    return result;
}

export interface DiffHunk {
    /** "@@ -1,3 +1,4 @@" */
    header: string;
    lines: DiffLine[];
}

/** The changed lines with `context` unchanged lines around them, grouped as in `diff -u` */
export function diffHunks(lines: readonly DiffLine[], context = 3): DiffHunk[] {
    const changed = lines.map((line, i) => line.kind !== "same" ? i : -1).filter(i => i >= 0);
    const hunks: DiffHunk[] = [];
    let k = 0;
    while (k < changed.length) {
        const first = Math.max(0, changed[k] - context);
        let last = Math.min(lines.length - 1, changed[k] + context);
        while (k + 1 < changed.length && changed[k + 1] - context <= last + 1) {
            k++;
            last = Math.min(lines.length - 1, changed[k] + context);
        }
        k++;
        const slice = lines.slice(first, last + 1);
        const oldCount = slice.filter(l => l.kind !== "added").length;
        const newCount = slice.filter(l => l.kind !== "removed").length;
        // the line before the hunk, for where an empty side starts
        const before = lines.slice(0, first);
        const oldStart = (slice.find(l => l.oldLine)?.oldLine ?? before.filter(l => l.kind !== "added").length + 1);
        const newStart = (slice.find(l => l.newLine)?.newLine ?? before.filter(l => l.kind !== "removed").length + 1);
        const range = (start: number, count: number) => count === 0 ? `${start - 1},0` : count === 1 ? `${start}` : `${start},${count}`;
        hunks.push({ header: `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, lines: slice });
    }
    return hunks;
}

/** `diff -u` text of two texts (without the file header lines) */
export function unifiedDiff(oldText: string, newText: string, context = 3): string[] {
    const prefix = { same: " ", removed: "-", added: "+" };
    return diffHunks(diffLines(oldText, newText), context)
        .flatMap(hunk => [hunk.header, ...hunk.lines.map(line => prefix[line.kind] + line.text)]);
}

export interface SideBySideRow {
    old?: DiffLine;
    new?: DiffLine;
}

/** Rows for two columns: unchanged lines side by side, a run of removals paired with the additions after it */
export function sideBySide(lines: readonly DiffLine[]): SideBySideRow[] {
    const rows: SideBySideRow[] = [];
    let i = 0;
    while (i < lines.length) {
        if (lines[i].kind === "same") {
            rows.push({ old: lines[i], new: lines[i] });
            i++;
            continue;
        }
        const removed: DiffLine[] = [];
        const added: DiffLine[] = [];
        while (i < lines.length && lines[i].kind === "removed")
            removed.push(lines[i++]);
        while (i < lines.length && lines[i].kind === "added")
            added.push(lines[i++]);
        for (let r = 0; r < Math.max(removed.length, added.length); r++)
            rows.push({ old: removed[r], new: added[r] });
    }
    return rows;
}
