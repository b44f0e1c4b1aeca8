// The current cockpit.location (path and options), re-rendering on every change,
// including the browser's back and forward buttons.
import cockpit from "cockpit";
import { useEffect, useState } from "react";

export interface CockpitLocation {
    path: string[];
    options: Record<string, string | string[]>;
}

function current(): CockpitLocation {
    return { path: cockpit.location.path, options: cockpit.location.options };
}

export function useLocation(): CockpitLocation {
    const [location, setLocation] = useState<CockpitLocation>(current);
    useEffect(() => {
        const update = () => setLocation(current());
        cockpit.addEventListener("locationchanged", update);
        return () => cockpit.removeEventListener("locationchanged", update);
    }, []);
    return location;
}

/** Navigate within the plugin; adds a history entry */
export function navigate(path: string[], options?: Record<string, string>): void {
    cockpit.location.go(path, options);
}
