// React.lazy for a module that the build split off with a style sheet of its own
// (pkg/build/split-css.ts writes chunks/<Name>.css for <Name>.tsx): the component renders once
// both its code and its sheet are there, so it never shows unstyled.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

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

/** `name` is the module's file name without extension, as the build names its sheet */
export function lazyWithStyles<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
    return lazy(async () => {
        const [component] = await Promise.all([load(), loadStylesheet(`chunks/${name}.css`)]);
        return { default: component };
    });
}
