// Whether the session has administrative access (Cockpit's superuser), following changes
// from the shell's "Administrative access" switch. null while unknown.
import cockpit from "cockpit";
import { useEffect, useState } from "react";

export function useAdmin(): boolean | null {
    const [allowed, setAllowed] = useState<boolean | null>(null);
    useEffect(() => {
        const permission = cockpit.permission({ admin: true });
        const update = () => setAllowed(permission.allowed);
        permission.addEventListener("changed", update);
        update();
        return () => {
            permission.removeEventListener("changed", update);
            permission.close();
        };
    }, []);
    return allowed;
}
