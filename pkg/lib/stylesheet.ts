// A style sheet added to the page when it is first needed (the later pages' sheet): no React, so
// that the start-up module (src/startup.ts) can use it.
const loading = new Map<string, Promise<void>>();

/** adds <link rel="stylesheet"> once; settles when the sheet applies (or failed to load: the page then still works) */
export function loadStylesheet(href: string): Promise<void> {
    let done = loading.get(href);
    if (!done) {
        done = new Promise<void>(resolve => {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = href;
            link.addEventListener("load", () => resolve());
            link.addEventListener("error", () => resolve());
            document.head.appendChild(link);
        });
        loading.set(href, done);
    }
    return done;
}
