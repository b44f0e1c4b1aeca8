// Checks every po/<lang>.po against the template po/foundry.pot: the header names the language and
// its plural forms, every msgid (with its context and plural) exists in the template, every entry
// has as many msgstr forms as the header's nplurals, and every translation keeps the $0, $1 …
// placeholders of its msgid (in any order) and adds none.
//
//   npx tsx pkg/build/check-po.ts              check every po/*.po; exit 1 on a problem
//   npx tsx pkg/build/check-po.ts --untranslated   also list the template's msgids a po lacks
import fs from "node:fs";
import path from "node:path";
import { po as poParser } from "gettext-parser";

const POT = "po/foundry.pot";
const PO_DIR = "po";

export interface PoReport {
    problems: string[];
    /** template msgids (context-qualified) with no translation in the po */
    untranslated: string[];
}

function key(context: string, msgid: string): string {
    return context ? `${context}\u0004${msgid}` : msgid;
}

function show(k: string): string {
    return JSON.stringify(k.replace("\u0004", " | "));
}

export function placeholders(text: string): string[] {
    return [...new Set(text.match(/\$\d+/g) ?? [])].sort();
}

export function nplurals(header: string | undefined): number | undefined {
    const match = /nplurals\s*=\s*(\d+)/.exec(header ?? "");
    return match ? Number(match[1]) : undefined;
}

export function checkPo(poText: string, potText: string): PoReport {
    const problems: string[] = [];
    const po = poParser.parse(poText);
    const pot = poParser.parse(potText);

    const count = nplurals(po.headers["Plural-Forms"]);
    if (count === undefined)
        problems.push("the header has no Plural-Forms with nplurals");
    if (!po.headers.Language)
        problems.push("the header has no Language");
    if (!/charset=utf-8/i.test(po.headers["Content-Type"] ?? ""))
        problems.push("the header's Content-Type is not charset=UTF-8");

    const template = new Map<string, { msgid_plural?: string }>();
    for (const [context, messages] of Object.entries(pot.translations))
        for (const [msgid, message] of Object.entries(messages))
            if (msgid)
                template.set(key(context, msgid), message);

    const translated = new Set<string>();
    for (const [context, messages] of Object.entries(po.translations)) {
        for (const [msgid, message] of Object.entries(messages)) {
            if (!msgid)
                continue;
            const k = key(context, msgid);
            const source = template.get(k);
            if (!source) {
                problems.push(`${show(k)} is not in the template`);
                continue;
            }
            if ((source.msgid_plural ?? "") !== (message.msgid_plural ?? "")) {
                problems.push(`${show(k)}: msgid_plural ${JSON.stringify(message.msgid_plural ?? null)} differs from the template's ${JSON.stringify(source.msgid_plural ?? null)}`);
                continue;
            }
            const forms = message.msgstr;
            if (forms.every(s => !s))
                continue;
            const fuzzy = message.comments?.flag?.includes("fuzzy");
            if (!fuzzy)
                translated.add(k);
            const expected = message.msgid_plural ? count : 1;
            if (expected !== undefined && forms.length !== expected)
                problems.push(`${show(k)} has ${forms.length} msgstr forms, the header asks for ${expected}`);
            const wanted = placeholders(msgid + " " + (message.msgid_plural ?? ""));
            forms.forEach((form, i) => {
                const label = forms.length > 1 ? `msgstr[${i}]` : "msgstr";
                if (!form) {
                    problems.push(`${show(k)}: ${label} is empty while another form is not`);
                    return;
                }
                const have = placeholders(form);
                const lost = wanted.filter(p => !have.includes(p));
                const added = have.filter(p => !wanted.includes(p));
                if (lost.length)
                    problems.push(`${show(k)}: ${label} lost ${lost.join(", ")}`);
                if (added.length)
                    problems.push(`${show(k)}: ${label} adds ${added.join(", ")}, which the msgid does not have`);
            });
        }
    }
    const untranslated = [...template.keys()].filter(k => !translated.has(k));
    return { problems, untranslated };
}

export function checkPoDir(poDir = PO_DIR, potPath = POT): Map<string, PoReport> {
    const pot = fs.readFileSync(potPath, "utf8");
    const reports = new Map<string, PoReport>();
    for (const file of fs.readdirSync(poDir).filter(f => f.endsWith(".po")).sort())
        reports.set(file, checkPo(fs.readFileSync(path.join(poDir, file), "utf8"), pot));
    return reports;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
    let failed = false;
    for (const [file, report] of checkPoDir()) {
        for (const problem of report.problems)
            console.error(`${PO_DIR}/${file}: ${problem}`);
        failed ||= report.problems.length > 0;
        console.log(`${PO_DIR}/${file}: ${report.problems.length} problems, ${report.untranslated.length} untranslated`);
        if (process.argv.includes("--untranslated"))
            for (const k of report.untranslated)
                console.log(`  untranslated: ${show(k)}`);
    }
    process.exit(failed ? 1 : 0);
}
