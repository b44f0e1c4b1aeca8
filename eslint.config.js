// ESLint: TypeScript, React hooks, jsx-a11y, and the house rules from STYLE.md.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["dist/", "node_modules/", "test-results/", "playwright-report/", "**/*.gen.ts"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.{ts,tsx}"],
        languageOptions: { globals: { ...globals.browser, ...globals.node } },
        rules: {
            "@typescript-eslint/no-explicit-any": "error",
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        },
    },
    {
        files: ["src/**/*.{ts,tsx}", "pkg/lib/**/*.{ts,tsx}"],
        plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
        rules: {
            ...jsxA11y.flatConfigs.recommended.rules,
            "react-hooks/rules-of-hooks": "error",
            "react-hooks/exhaustive-deps": "error",
            "no-restricted-imports": ["error", {
                paths: [
                    { name: "@patternfly/react-core", message: "Import each component from its dist/esm path." },
                    { name: "@patternfly/react-icons", message: "Import each icon from its dist/esm path." },
                    { name: "@patternfly/react-table", message: "Import from dist/esm/components/Table." },
                ],
            }],
        },
    },
    {
        // the pure model: no React, no cockpit, no I/O
        files: ["src/model/**/*.ts"],
        ignores: ["src/model/**/*.test.ts", "src/model/**/*.test-helper.ts"],
        rules: {
            "no-restricted-imports": ["error", { patterns: ["react", "react-*", "cockpit", "@patternfly/*", "node:*", "../api/*", "../../pkg/*"] }],
        },
    },
    {
        // only src/api talks to the sockets
        files: ["src/**/*.{ts,tsx}"],
        ignores: ["src/api/**"],
        rules: {
            "no-restricted-syntax": ["error", {
                selector: "CallExpression[callee.object.name='cockpit'][callee.property.name=/^(http|spawn)$/]",
                message: "cockpit.http and cockpit.spawn belong in src/api.",
            }],
        },
    },
);
