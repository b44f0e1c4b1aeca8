// Whether the plugin's page is shown: cockpit.hidden, updated on cockpit's "visibilitychange"
// (the shell hides a plugin's frame when another page is selected, and when the tab is hidden).
import cockpit from "cockpit";
import { useEffect, useState } from "react";

export function usePageVisible(): boolean {
    const [visible, setVisible] = useState(() => !cockpit.hidden);
    useEffect(() => {
        const update = () => setVisible(!cockpit.hidden);
        cockpit.addEventListener("visibilitychange", update);
        update();
        return () => cockpit.removeEventListener("visibilitychange", update);
    }, []);
    return visible;
}
