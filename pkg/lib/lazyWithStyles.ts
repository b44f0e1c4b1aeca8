// React.lazy for a module that the build split off with a style sheet of its own
// (pkg/build/split-css.ts writes chunks/<Name>.css for <Name>.tsx): the component renders once
// both its code and its sheet are there, so it never shows unstyled.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

import { loadStylesheet } from "./stylesheet";

/** `name` is the module's file name without extension, as the build names its sheet */
export function lazyWithStyles<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
    return lazy(async () => {
        const [component] = await Promise.all([load(), loadStylesheet(`chunks/${name}.css`)]);
        return { default: component };
    });
}
