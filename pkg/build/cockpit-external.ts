// `import cockpit from "cockpit"` resolves to the global that ../base1/cockpit.js defines,
// so cockpit.js is never bundled.
import type { Plugin } from "esbuild";

export function cockpitExternal(): Plugin {
    return {
        name: "cockpit-external",
        setup(build) {
            build.onResolve({ filter: /^cockpit$/ }, () => ({ path: "cockpit", namespace: "cockpit-global" }));
            build.onLoad({ filter: /.*/, namespace: "cockpit-global" }, () => ({
                contents: "export default window.cockpit;",
                loader: "js",
            }));
        },
    };
}
