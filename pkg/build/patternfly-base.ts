// PatternFly's base sheet declares its own web fonts (Red Hat VF, Font Awesome, pficon).
// Cockpit already serves the Red Hat fonts (see pkg/lib/fonts.css) and our icons are SVG,
// so the @font-face rules of that sheet are dropped instead of bundling megabytes of fonts.
import type { Plugin } from "esbuild";
import fs from "node:fs";

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

export function patternflyWithoutFonts(): Plugin {
    return {
        name: "patternfly-without-fonts",
        setup(build) {
            build.onLoad({ filter: /@patternfly[\\/]patternfly[\\/]patternfly-base\.css$/ }, args => ({
                contents: fs.readFileSync(args.path, "utf8").replace(FONT_FACE, ""),
                loader: "css",
                resolveDir: args.path.replace(/[\\/][^\\/]*$/, ""),
            }));
        },
    };
}
