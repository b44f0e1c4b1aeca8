// Announces the end of composes started in this browser session (startedComposes.ts), and of
// composes that started while this page watched: a toast, plus a browser notification when the
// user has allowed them (asked for only on a click, see NotifyButton).
import { useEffect, useRef, useState } from "react";

import { format, _ } from "../../pkg/lib/gettext";
import type { ComposeView } from "../model/compose";
import { isFinal } from "../model/compose";
import { forgetStartedCompose, noteComposeStarted, startedComposes } from "./startedComposes";

export interface ComposeNotice {
    id: string;
    ok: boolean;
    title: string;
}

function noticeTitle(c: ComposeView): string {
    const name = c.blueprint ? `${c.blueprint} ${c.version}` : c.id;
    return c.state === "success" ? format(_("Image $0 is ready"), name) : format(_("Image $0 failed"), name);
}

export function useComposeNotices(composes: ComposeView[] | undefined): { notices: ComposeNotice[]; dismiss: (id: string) => void } {
    const [notices, setNotices] = useState<ComposeNotice[]>([]);
    const watched = useRef(new Set<string>());
    const seen = useRef<Set<string> | null>(null);

    useEffect(() => {
        if (!composes)
            return;
        const started = startedComposes();
        const first = seen.current === null;
        const ended: ComposeNotice[] = [];
        for (const c of composes) {
            const isNew = !first && !seen.current?.has(c.id);
            if (!isFinal(c.state)) {
                // started in this session, or started while this page watched the list
                if (started.has(c.id) || isNew)
                    watched.current.add(c.id);
                if (isNew)
                    noteComposeStarted(c.id);
            } else if (watched.current.has(c.id)) {
                watched.current.delete(c.id);
                forgetStartedCompose(c.id);
                ended.push({ id: c.id, ok: c.state === "success", title: noticeTitle(c) });
            } else if (first && started.has(c.id)) {
                forgetStartedCompose(c.id);
            }
        }
        seen.current = new Set(composes.map(c => c.id));
        if (ended.length === 0)
            return;
        setNotices(old => [...old, ...ended]);
        if (typeof Notification !== "undefined" && Notification.permission === "granted")
            for (const n of ended)
                new Notification(n.title, { tag: n.id });
    }, [composes]);

    return { notices, dismiss: id => setNotices(old => old.filter(n => n.id !== id)) };
}
