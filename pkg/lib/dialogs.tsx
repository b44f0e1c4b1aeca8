// One dialog at a time, mounted high in the tree: `useDialogs().show(<MyDialog />)`,
// and the dialog calls `useDialogs().close()`. Focus returns to where it was.
import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

interface Dialogs {
    show(dialog: ReactNode): void;
    close(): void;
}

const DialogsContext = createContext<Dialogs | null>(null);

export function DialogsProvider({ children }: { children: ReactNode }) {
    const [dialog, setDialog] = useState<ReactNode>(null);
    const opener = useRef<HTMLElement | null>(null);
    const show = useCallback((next: ReactNode) => {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setDialog(next);
    }, []);
    const close = useCallback(() => {
        setDialog(null);
        const target = opener.current;
        opener.current = null;
        if (target?.isConnected)
            window.setTimeout(() => target.focus(), 0);
    }, []);
    const value = useMemo(() => ({ show, close }), [show, close]);
    return (
        <DialogsContext.Provider value={value}>
            {children}
            {dialog}
        </DialogsContext.Provider>
    );
}

export function useDialogs(): Dialogs {
    const dialogs = useContext(DialogsContext);
    if (!dialogs)
        throw new Error("useDialogs outside DialogsProvider");
    return dialogs;
}
