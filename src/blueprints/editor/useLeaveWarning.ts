// Ask before the page goes away while edits have not reached composer yet.
import { useEffect } from "react";

export function useLeaveWarning(active: boolean): void {
    useEffect(() => {
        if (!active)
            return;
        const warn = (event: BeforeUnloadEvent) => {
            event.preventDefault();
        };
        window.addEventListener("beforeunload", warn);
        return () => window.removeEventListener("beforeunload", warn);
    }, [active]);
}
