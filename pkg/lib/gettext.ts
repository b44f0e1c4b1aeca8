// Translation helpers: `_()` translates, `N_()` marks a string for extraction only.
import cockpit from "cockpit";

export const _ = (message: string): string => cockpit.gettext(message);
export const N_ = (message: string): string => message;
export const ngettext = (singular: string, plural: string, n: number): string => cockpit.ngettext(singular, plural, n);
export const format = (template: string, ...args: (string | number)[]): string => cockpit.format(template, ...args);
