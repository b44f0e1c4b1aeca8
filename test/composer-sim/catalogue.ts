// The generated part of the package catalogue: each word list of package-data.ts with its
// rule for sub-packages, summaries and requirements. Deterministic; built once.

import {
    APPLICATIONS, FONTS, GO_MODULES, GROUP_EXTRAS, LIBRARIES, LOCALES, PERL_MODULES, PYTHON_MODULES, RUST_CRATES,
    RUST_FEATURES, TEXLIVE,
} from "./package-data";

export interface CatalogueEntry {
    summary: string;
    requires: string[];
    noarch: boolean;
}

function sum(s: string): number {
    let h = 0;
    for (const c of s)
        h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return h;
}

function build(): Map<string, CatalogueEntry> {
    const out = new Map<string, CatalogueEntry>();
    const add = (name: string, summary: string, requires: string[] = [], noarch = false) => {
        if (!out.has(name))
            out.set(name, { summary, requires, noarch });
    };
    for (const lib of LIBRARIES) {
        add(lib, `The ${lib} library`, ["glibc"]);
        add(`${lib}-devel`, `Development files for ${lib}`, [lib, "pkgconf"]);
        if (sum(lib) % 2 === 0)
            add(`${lib}-tools`, `Command line tools of ${lib}`, [lib]);
    }
    for (const [app, summary] of APPLICATIONS) {
        const h = sum(app);
        const common = h % 2 === 0 ? [`${app}-common`] : [];
        add(app, summary, ["glibc", ...common]);
        if (common.length)
            add(`${app}-common`, `Common files of ${app}`, [], true);
        if (h % 3 !== 0)
            add(`${app}-doc`, `Documentation of ${app}`, [], true);
        if (h % 5 === 0)
            add(`${app}-devel`, `Development files of ${app}`, [app]);
    }
    for (const mod of PYTHON_MODULES) {
        add(`python3-${mod}`, `Python 3 module ${mod}`, ["python3", "python3-libs"], true);
        if (sum(mod) % 4 === 0)
            add(`python-${mod}-doc`, `Documentation of the Python module ${mod}`, [], true);
    }
    for (const mod of PERL_MODULES) {
        const perlName = mod.replace(/-/g, "::");
        add(`perl-${mod}`, `Perl module ${perlName}`, ["perl-interpreter", "perl-libs"], true);
        add(`perl-${mod}-tests`, `Tests of the Perl module ${perlName}`, [`perl-${mod}`], true);
    }
    for (const crate of RUST_CRATES) {
        add(`rust-${crate}-devel`, `Rust crate "${crate}"`, ["cargo"], true);
        for (const feature of RUST_FEATURES)
            add(`rust-${crate}+${feature}-devel`, `Rust crate "${crate}" - feature "${feature}"`, [`rust-${crate}-devel`], true);
    }
    for (const mod of GO_MODULES) {
        const path = mod.startsWith("github-") ? `github.com/${mod.slice(7).replace("-", "/")}`
            : mod.startsWith("x-") ? `golang.org/x/${mod.slice(2)}` : mod;
        add(`golang-${mod}-devel`, `Go module ${path}`, ["golang"], true);
    }
    for (const tex of TEXLIVE) {
        add(`texlive-${tex}`, `TeX Live package ${tex}`, ["texlive-base"], true);
        if (sum(tex) % 2 === 0)
            add(`texlive-${tex}-doc`, `Documentation of the TeX Live package ${tex}`, [], true);
    }
    add("texlive-base", "TeX Live base components", ["perl-interpreter"], true);
    for (const font of FONTS)
        add(`${font}-fonts`, `${font.replace(/-/g, " ")} fonts`, ["fontconfig"], true);
    for (const code of LOCALES) {
        add(`glibc-langpack-${code}`, `Locale data for ${code}`, ["glibc-common"]);
        add(`langpacks-${code}`, `Langpacks for ${code}`, [`glibc-langpack-${code}`], true);
        add(`langpacks-core-${code}`, `Core langpacks for ${code}`, [`glibc-langpack-${code}`], true);
        add(`hunspell-${code}`, `Hunspell dictionary for ${code}`, ["hunspell"], true);
    }
    add("hunspell", "A spell checker and morphological analyzer library", ["glibc"]);
    for (const extra of GROUP_EXTRAS)
        add(extra, `The ${extra} package`, ["glibc"]);
    add("perl-libs", "The libraries of the Perl interpreter", ["glibc"]);
    return out;
}

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = build();
