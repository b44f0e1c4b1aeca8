// The plugin's pages and their cockpit.location paths. Pure.

export type Route =
    | { page: "blueprints" }
    | { page: "blueprint"; name: string }
    | { page: "images" }
    | { page: "image"; id: string }
    | { page: "sources" }
    | { page: "inspect" }
    | { page: "settings" }
    | { page: "unknown"; path: string[] };

export function parseRoute(path: string[]): Route {
    const [first, second, ...rest] = path;
    if (first === undefined || (first === "" && path.length === 1))
        return { page: "blueprints" };
    if (first === "blueprint" && second && rest.length === 0)
        return { page: "blueprint", name: second };
    if (first === "images" && second === undefined)
        return { page: "images" };
    if (first === "image" && second && rest.length === 0)
        return { page: "image", id: second };
    if ((first === "sources" || first === "inspect" || first === "settings") && second === undefined)
        return { page: first };
    return { page: "unknown", path };
}

export function routePath(route: Route): string[] {
    switch (route.page) {
    case "blueprints":
        return [];
    case "blueprint":
        return ["blueprint", route.name];
    case "images":
        return ["images"];
    case "image":
        return ["image", route.id];
    case "sources":
    case "inspect":
    case "settings":
        return [route.page];
    case "unknown":
        return route.path;
    }
}

/** Which top-level tab a route belongs to */
export type Section = "blueprints" | "images" | "inspect" | "sources" | "settings";

export function sectionOf(route: Route): Section | null {
    if (route.page === "blueprints" || route.page === "blueprint")
        return "blueprints";
    if (route.page === "images" || route.page === "image")
        return "images";
    if (route.page === "sources" || route.page === "inspect" || route.page === "settings")
        return route.page;
    return null;
}
