// A function that stays the same between renders and always calls the newest one given:
// for callbacks handed to memoised parts of the form (a new closure per render would
// re-render them on every keystroke).
import { useCallback, useLayoutEffect, useRef } from "react";

export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    const latest = useRef(fn);
    useLayoutEffect(() => {
        latest.current = fn;
    });
    return useCallback((...args: A) => latest.current(...args), []);
}
