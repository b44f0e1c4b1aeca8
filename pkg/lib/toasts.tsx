// Toasts for background outcomes: `useToasts().add({ title, variant, action })`, shown top
// right in a PatternFly toast AlertGroup, each closable and gone after a while.
import { AlertActionCloseButton } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { AlertGroup } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

import { Alert } from "./Alert";
import { _ } from "./gettext";

export interface Toast {
    title: string;
    variant?: "success" | "danger" | "warning" | "info";
    /** links or buttons shown under the title */
    action?: ReactNode;
}

interface Toasts {
    add(toast: Toast): void;
}

const ToastsContext = createContext<Toasts | null>(null);
const TIMEOUT_MS = 8000;

export function ToastsProvider({ children }: { children: ReactNode }) {
    const [toasts, setToasts] = useState<(Toast & { key: number })[]>([]);
    const next = useRef(0);
    const remove = useCallback((key: number) => setToasts(list => list.filter(t => t.key !== key)), []);
    const add = useCallback((toast: Toast) => {
        next.current += 1;
        const key = next.current;
        setToasts(list => [...list, { ...toast, key }]);
    }, []);
    const value = useMemo(() => ({ add }), [add]);
    return (
        <ToastsContext.Provider value={value}>
            {children}
            <AlertGroup isToast isLiveRegion>
                {toasts.map(toast => (
                    <Alert key={toast.key} variant={toast.variant ?? "success"} title={toast.title}
                           timeout={TIMEOUT_MS} onTimeout={() => remove(toast.key)}
                           actionClose={<AlertActionCloseButton aria-label={_("Close")} onClose={() => remove(toast.key)} />}>
                        {toast.action}
                    </Alert>
                ))}
            </AlertGroup>
        </ToastsContext.Provider>
    );
}

export function useToasts(): Toasts {
    const toasts = useContext(ToastsContext);
    if (!toasts)
        throw new Error("useToasts outside ToastsProvider");
    return toasts;
}
