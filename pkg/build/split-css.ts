// Style sheets that follow the code splitting. With `splitting`, esbuild still puts the CSS of
// every lazily loaded page into the entry's sheet too (and writes a sheet per page that nobody
// loads), so the first page would carry all the CSS of the plugin. Instead:
// - CSS imported from JS (PatternFly's `import './button.css'`, our `import "./index.css"`) is
//   taken out of the JS build, recorded, and left as an empty module;
// - after the build, the metafile tells which modules each output holds; walking the import
//   graph in evaluation order from an entry gives its sheets in the order esbuild would have
//   put them, counting only sheets whose importing module is really in the output (a sheet of a
//   component that tree shaking removed is not needed);
// - index.css gets the sheets of the first page (the entry and the chunks it imports), and each
//   lazily loaded module `<Name>.tsx` gets chunks/<Name>.css with the sheets it needs beyond
//   those; pkg/lib/lazyWithStyles.ts loads that sheet together with the module's code.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";

const NAMESPACE = "css-of-js";

export interface MetaImport { path: string; kind: string; external?: boolean }
export interface MetaInput { imports: MetaImport[] }
export interface MetaOutput { imports: MetaImport[]; inputs: Record<string, unknown>; entryPoint?: string }

/** the sheet a metafile path of the stub module stands for, or null for any other module */
function sheetOf(metaPath: string): string | null {
    return metaPath.startsWith(`${NAMESPACE}:`) ? metaPath.slice(NAMESPACE.length + 1) : null;
}

/**
 * The sheets that modules reachable from `entry` (static imports only) import, in evaluation
 * order, counting only imports made by a module in `included`.
 */
export function sheetsInOrder(inputs: Record<string, MetaInput>, entry: string, included: Set<string>): string[] {
    const sheets: string[] = [];
    const visited = new Set<string>();
    const visit = (module: string) => {
        if (visited.has(module))
            return;
        visited.add(module);
        for (const imp of inputs[module]?.imports ?? []) {
            if (imp.kind === "dynamic-import" || imp.external)
                continue;
            const sheet = sheetOf(imp.path);
            if (sheet === null)
                visit(imp.path);
            else if (included.has(module) && !sheets.includes(sheet))
                sheets.push(sheet);
        }
    };
    visit(entry);
    return sheets;
}

/** the output files `start` needs before it runs: itself and the chunks it imports statically */
export function staticClosure(outputs: Record<string, MetaOutput>, start: string): string[] {
    const seen: string[] = [];
    const walk = (out: string) => {
        if (seen.includes(out) || !outputs[out])
            return;
        seen.push(out);
        for (const imp of outputs[out].imports)
            if (imp.kind === "import-statement" && !imp.external)
                walk(imp.path);
    };
    walk(start);
    return seen;
}

export interface SheetPlan { file: string; sheets: string[] }

/** the modules of the first page that are the project's own (not node_modules/, not sheets) */
export function firstPageSources(outputs: Record<string, MetaOutput>, entryOut: string): string[] {
    return staticClosure(outputs, entryOut)
        .flatMap(o => Object.keys(outputs[o].inputs))
        .filter(m => !m.split(/[\\/]/).includes("node_modules") && !m.includes(":") && /\.[jt]sx?$/.test(m));
}

/**
 * Which sheets go into which file: `index.css` for what the entry output `entryOut` needs
 * before it runs (but those `holdBack` names), chunks/<Name>.css for each lazily loaded entry
 * beyond that.
 */
export function planSheets(meta: { inputs: Record<string, MetaInput>; outputs: Record<string, MetaOutput> }, entryOut: string, holdBack: (sheet: string) => boolean = () => false): SheetPlan[] {
    const included = (outs: string[]) => new Set(outs.flatMap(o => Object.keys(meta.outputs[o].inputs)));
    const first = staticClosure(meta.outputs, entryOut);
    const firstModules = included(first);
    const entryModule = meta.outputs[entryOut].entryPoint;
    if (!entryModule)
        throw new Error(`${entryOut} is not an entry point`);
    const firstSheets = sheetsInOrder(meta.inputs, entryModule, firstModules).filter(s => !holdBack(s));
    const plans: SheetPlan[] = [{ file: "index.css", sheets: firstSheets }];
    for (const [out, o] of Object.entries(meta.outputs)) {
        if (out === entryOut || !o.entryPoint || !out.endsWith(".js"))
            continue;
        const modules = included(staticClosure(meta.outputs, out));
        for (const m of firstModules)
            modules.add(m);
        const sheets = sheetsInOrder(meta.inputs, o.entryPoint, modules).filter(s => !firstSheets.includes(s));
        // an entry that needs no sheet beyond the first page's (src/startup.ts) gets no file
        if (sheets.length === 0)
            continue;
        plans.push({ file: `chunks/${path.basename(o.entryPoint).replace(/\.[jt]sx?$/, "")}.css`, sheets });
    }
    return plans;
}

/** what a first build of the sheets wrote, with the scripts of the JS build */
export interface FirstPass { sheets: string[]; scripts: string[] }

/**
 * `leaveOut`: sheets never put into any file (see unused-sheets.ts). `holdBack`: sheets the
 * first page's modules import but need not have, given the text of the first page's own sources
 * (they go with the later pages that need them). `cssOptions` as a function
 * builds the sheets twice: first with `cssOptions()`, then, written, with `cssOptions(firstPass)`,
 * so that what one sheet keeps may depend on what all of them and the scripts use.
 */
export function splitCss({ outdir, cssOptions, leaveOut = () => false, holdBack = () => false }: {
    outdir: string;
    cssOptions: esbuild.BuildOptions | ((firstPass?: FirstPass) => esbuild.BuildOptions);
    leaveOut?: (sheet: string) => boolean;
    holdBack?: (sheet: string, firstPageSources: string[]) => boolean;
}): esbuild.Plugin {
    const optionsFor = (firstPass?: FirstPass) => typeof cssOptions === "function" ? cssOptions(firstPass) : cssOptions;
    return {
        name: "split-css",
        setup(build) {
            build.onResolve({ filter: /\.css$/ }, async args => {
                if (args.kind !== "import-statement" || /\.css$/.test(args.importer) || args.pluginData === NAMESPACE)
                    return undefined;
                const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: NAMESPACE });
                if (resolved.errors.length > 0)
                    return { errors: resolved.errors };
                return { path: path.relative(process.cwd(), resolved.path), namespace: NAMESPACE };
            });
            build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: "", loader: "js" }));

            build.onEnd(async result => {
                if (result.errors.length > 0 || !result.metafile)
                    return;
                const metafile = result.metafile;
                const entryOut = Object.keys(metafile.outputs).find(o => o.endsWith("index.js") && metafile.outputs[o].entryPoint);
                if (!entryOut)
                    return;
                const ownSources = firstPageSources(metafile.outputs, entryOut).map(m => fs.readFileSync(m, "utf8"));
                const plans = planSheets(metafile, entryOut, sheet => holdBack(sheet, ownSources)).map(plan => ({
                    outfile: path.join(outdir, plan.file),
                    contents: plan.sheets.filter(sheet => !leaveOut(sheet)).map(s => `@import ${JSON.stringify(path.resolve(s))};`).join("\n"),
                    sourcefile: plan.file,
                }));
                let firstPass: FirstPass | undefined;
                if (typeof cssOptions === "function") {
                    const sheets: string[] = [];
                    for (const plan of plans) {
                        const built = await esbuild.build({
                            ...optionsFor(),
                            stdin: { contents: plan.contents, loader: "css", resolveDir: process.cwd(), sourcefile: plan.sourcefile },
                            outfile: plan.outfile,
                            sourcemap: false,
                            write: false,
                        });
                        sheets.push(...built.outputFiles.map(f => f.text));
                    }
                    const scripts = Object.keys(metafile.outputs).filter(o => o.endsWith(".js")).map(o => fs.readFileSync(o, "utf8"));
                    firstPass = { sheets, scripts };
                }
                for (const plan of plans) {
                    const built = await esbuild.build({
                        ...optionsFor(firstPass),
                        stdin: { contents: plan.contents, loader: "css", resolveDir: process.cwd(), sourcefile: plan.sourcefile },
                        outfile: plan.outfile,
                        write: true,
                        metafile: true,
                    });
                    result.errors.push(...built.errors);
                    result.warnings.push(...built.warnings);
                    // one metafile for the bytes figures: the sheets' outputs and inputs join the JS ones
                    Object.assign(metafile.outputs, built.metafile.outputs);
                    Object.assign(metafile.inputs, built.metafile.inputs);
                    if (!fs.existsSync(plan.outfile))
                        fs.writeFileSync(plan.outfile, "");
                }
            });
        },
    };
}
