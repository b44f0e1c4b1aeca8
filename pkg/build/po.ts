// Compiles po/<lang>.po into dist/po.<lang>.js in Cockpit's format:
// cockpit.locale({ "": {plural-forms, language}, msgid: [msgid_plural|null, msgstr…] }).
// Contexts are keyed "context\u0004msgid", as cockpit.gettext(context, msgid) looks them up.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { po as poParser } from "gettext-parser";

function pluralFunction(header: string | undefined): string {
    // "nplurals=2; plural=(n != 1);" -> "(n) => (n != 1)"; the expression comes from our own po files.
    const match = /plural=([^;]+)/.exec(header ?? "");
    const expr = match ? match[1].trim() : "n != 1";
    if (!/^[n0-9\s!=<>&|%?:()+-]+$/.test(expr))
        throw new Error(`unexpected Plural-Forms expression: ${expr}`);
    return `(n) => ${expr}`;
}

export function poToCockpitJs(poText: string, language: string): string {
    const po = poParser.parse(poText);
    const entries: string[] = [];
    for (const [context, messages] of Object.entries(po.translations)) {
        for (const [msgid, message] of Object.entries(messages)) {
            if (!msgid || message.msgstr.every(s => !s))
                continue;
            if (message.comments?.flag?.includes("fuzzy"))
                continue;
            const key = context ? `${context}\u0004${msgid}` : msgid;
            entries.push(`${JSON.stringify(key)}: ${JSON.stringify([message.msgid_plural ?? null, ...message.msgstr])}`);
        }
    }
    const header = `"": { "plural-forms": ${pluralFunction(po.headers["Plural-Forms"])}, ` +
        `"language": ${JSON.stringify(language)}, "language-direction": "ltr" }`;
    return `cockpit.locale({\n ${[header, ...entries].join(",\n ")}\n});\n`;
}

export function compilePo({ outdir, poDir }: { outdir: string; poDir: string }): Plugin {
    return {
        name: "compile-po",
        setup(build) {
            build.onEnd(() => {
                if (!fs.existsSync(poDir))
                    return;
                fs.mkdirSync(outdir, { recursive: true });
                for (const file of fs.readdirSync(poDir).filter(f => f.endsWith(".po"))) {
                    const language = path.basename(file, ".po");
                    const js = poToCockpitJs(fs.readFileSync(path.join(poDir, file), "utf8"), language);
                    fs.writeFileSync(path.join(outdir, `po.${language}.js`), js);
                }
            });
        },
    };
}
