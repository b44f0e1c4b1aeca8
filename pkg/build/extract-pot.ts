// Extracts translatable strings into po/foundry.pot: calls of _(), N_(), cockpit.gettext(),
// ngettext()/cockpit.ngettext() with literal arguments in src/ and pkg/ (TypeScript's own
// parser, so JSX and types are understood), "// Translators:" comments, and the manifest's
// menu labels. `tsx pkg/build/extract-pot.ts [--check]`: --check fails when the template is stale.
import fs from "node:fs";
import path from "node:path";
import { po } from "gettext-parser";
import type { GetTextTranslation } from "gettext-parser";
import ts from "typescript";

const ROOTS = ["src", "pkg/lib"];
const POT = "po/foundry.pot";

interface Message { msgid: string; plural?: string; context?: string; references: Set<string>; comments: Set<string> }

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
            return sourceFiles(full);
        return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
    });
}

function literal(node: ts.Expression | undefined): string | undefined {
    if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)))
        return node.text;
    return undefined;
}

function calleeName(call: ts.CallExpression): string {
    const callee = call.expression;
    if (ts.isIdentifier(callee))
        return callee.text;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "cockpit")
        return `cockpit.${callee.name.text}`;
    return "";
}

function translatorComment(source: ts.SourceFile, node: ts.Node): string | undefined {
    // the comment may stand before the statement holding the call
    for (let n: ts.Node | undefined = node; n && n !== source; n = n.parent) {
        const ranges = ts.getLeadingCommentRanges(source.text, n.getFullStart()) ?? [];
        for (const range of ranges) {
            const text = source.text.slice(range.pos, range.end).replace(/^\/\/\s*|^\/\*+\s*|\s*\*+\/$/g, "");
            if (text.startsWith("Translators:"))
                return text;
        }
        if (ts.isStatement(n))
            break;
    }
    return undefined;
}

export function extract(files: string[], manifestLabels: string[]): Map<string, Message> {
    const messages = new Map<string, Message>();
    const add = (msgid: string, where: string, extra: Partial<Message> = {}, comment?: string) => {
        const key = `${extra.context ?? ""}\u0004${msgid}`;
        const message = messages.get(key) ?? { msgid, references: new Set(), comments: new Set(), ...extra };
        message.references.add(where);
        if (comment)
            message.comments.add(comment);
        messages.set(key, message);
    };
    for (const file of files) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true,
            file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
        const visit = (node: ts.Node) => {
            if (ts.isCallExpression(node)) {
                const name = calleeName(node);
                const args = node.arguments;
                // file names only: line numbers would make the template stale on every edit
                const where = file;
                const comment = translatorComment(source, node);
                if (name === "_" || name === "N_" || name === "cockpit.gettext") {
                    const [a, b] = [literal(args[0]), literal(args[1])];
                    if (args.length >= 2 && a !== undefined && b !== undefined)
                        add(b, where, { context: a }, comment);
                    else if (a !== undefined)
                        add(a, where, {}, comment);
                } else if (name === "ngettext" || name === "cockpit.ngettext") {
                    const [a, b] = [literal(args[0]), literal(args[1])];
                    if (a !== undefined && b !== undefined)
                        add(a, where, { plural: b }, comment);
                }
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    for (const label of manifestLabels)
        add(label, "manifest.json");
    return messages;
}

export function toPot(messages: Map<string, Message>): string {
    const translations: Record<string, Record<string, GetTextTranslation>> = { "": { "": { msgid: "", msgstr: [""] } } };
    const sorted = [...messages.values()].sort((a, b) => (a.context ?? "").localeCompare(b.context ?? "") || a.msgid.localeCompare(b.msgid));
    for (const m of sorted) {
        const context = m.context ?? "";
        translations[context] ??= {};
        translations[context][m.msgid] = {
            msgctxt: m.context,
            msgid: m.msgid,
            msgid_plural: m.plural,
            msgstr: m.plural ? ["", ""] : [""],
            comments: {
                reference: [...m.references].sort().join("\n"),
                extracted: [...m.comments].join("\n") || undefined,
            },
        };
    }
    return po.compile({
        charset: "utf-8",
        headers: {
            "Project-Id-Version": "cockpit-foundry",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        },
        translations,
    }, { foldLength: 0, sort: false }).toString() + "\n";
}

function manifestLabels(): string[] {
    const manifest = JSON.parse(fs.readFileSync("manifest.json", "utf8")) as { menu?: Record<string, { label?: string }>; tools?: Record<string, { label?: string }> };
    return [...Object.values(manifest.menu ?? {}), ...Object.values(manifest.tools ?? {})].flatMap(e => e.label ? [e.label] : []);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
    const pot = toPot(extract(ROOTS.flatMap(sourceFiles), manifestLabels()));
    if (process.argv.includes("--check")) {
        const current = fs.existsSync(POT) ? fs.readFileSync(POT, "utf8") : "";
        if (current !== pot) {
            console.error(`${POT} is stale: run \`make pot\` and commit it.`);
            process.exit(1);
        }
        console.log(`${POT} is up to date`);
    } else {
        fs.writeFileSync(POT, pot);
        console.log(`wrote ${POT}: ${pot.split("\nmsgid ").length - 2} messages`);
    }
}
