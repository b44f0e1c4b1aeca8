// Dark theme that follows the Cockpit shell's style setting (localStorage "shell:style":
// "light", "dark" or "auto"), live: the shell tells its frames through a "cockpit-style"
// event, other windows through the storage event; "auto" follows the system preference.
const DARK_CLASS = "pf-v6-theme-dark";

function wantsDark(style: string | null, prefersDark: boolean): boolean {
    if (style === "dark")
        return true;
    if (style === "light")
        return false;
    return prefersDark;
}

function readStyle(): string | null {
    try {
        return window.localStorage.getItem("shell:style");
    } catch {
        return null;
    }
}

export function followShellTheme(root: HTMLElement = document.documentElement): () => void {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const apply = (style: string | null = readStyle()) =>
        root.classList.toggle(DARK_CLASS, wantsDark(style, media.matches));
    const onStorage = (event: StorageEvent) => {
        if (event.key === "shell:style")
            apply(event.newValue);
    };
    const onStyleEvent = (event: Event) => {
        const style = (event as CustomEvent<{ style?: string }>).detail?.style;
        apply(typeof style === "string" ? style : undefined);
    };
    const onMedia = () => apply();

    apply();
    window.addEventListener("storage", onStorage);
    window.addEventListener("cockpit-style", onStyleEvent);
    media.addEventListener("change", onMedia);
    return () => {
        window.removeEventListener("storage", onStorage);
        window.removeEventListener("cockpit-style", onStyleEvent);
        media.removeEventListener("change", onMedia);
    };
}
