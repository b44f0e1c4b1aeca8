// Runs inside the plugin page (bundled by esbuild into an init script, so no tsx helpers
// leak in). It records, in the page's own clock (performance.now(), 0 = navigation start):
//   - milestones: the first frame in which a CSS condition holds, taken after that frame's
//     paint (checked in requestAnimationFrame, then a task posted from that callback);
//   - long tasks (PerformanceObserver "longtask");
//   - keystroke-to-paint: keydown's timeStamp to after the next paint;
// and times actions (sort click, filter input) until the DOM under #app stops changing.
// The node side talks to it only through window.__bench (evaluated as strings).

interface Watch {
    name: string;
    /** at least `min` elements match */
    selector: string;
    min?: number;
    /** and none of these exists */
    absent?: string;
}

interface LongTask { start: number; end: number }

interface BenchApi {
    marks: Record<string, number>;
    longTasks: LongTask[];
    keys: number[];
    watch(list: Watch[]): void;
    afterPaint(): Promise<number>;
    settleAfter(action: string, selector: string, text: string, quietMs: number): Promise<number>;
}

declare global {
    interface Window { __bench?: BenchApi }
}

interface TaskScheduler {
    postTask(callback: () => void, options: { priority: "user-blocking" }): Promise<unknown>;
}

/**
 * Called from a requestAnimationFrame callback: the time once this frame is painted. The frame's
 * style, layout, paint and commit run in the same task as its animation frame callbacks, so the
 * first task after it is the one wanted. A "user-blocking" task (Chromium's Prioritized Task
 * Scheduling) comes first; a message or a timer would also wait for the tasks queued before it
 * (in a trace of the list's first load, a message posted from the frame ran after a 68 ms timer
 * task and another of 14 ms).
 */
function afterThisFrame(): Promise<number> {
    return new Promise(resolve => {
        const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
        if (scheduler) {
            void scheduler.postTask(() => resolve(performance.now()), { priority: "user-blocking" });
            return;
        }
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(null);
    });
}

/** the time once the next frame (which shows what the DOM holds now) is painted */
function afterPaint(): Promise<number> {
    return new Promise(resolve => requestAnimationFrame(() => resolve(afterThisFrame())));
}

function holds(w: Watch): boolean {
    if (document.querySelectorAll(w.selector).length < (w.min ?? 1))
        return false;
    return !w.absent || document.querySelector(w.absent) === null;
}

function install(): void {
    if (window.__bench)
        return;
    const api: BenchApi = {
        marks: {},
        longTasks: [],
        keys: [],
        watch(list) {
            let pending = list.filter(w => !(w.name in api.marks));
            const frame = (): void => {
                const now = pending.filter(holds);
                if (now.length > 0) {
                    pending = pending.filter(w => !now.includes(w));
                    // this frame shows them: another requestAnimationFrame would count the
                    // next frame, and every task that runs before it, too
                    void afterThisFrame().then(t => {
                        for (const w of now)
                            api.marks[w.name] ??= t;
                    });
                }
                if (pending.length > 0)
                    requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
        },
        afterPaint,
        settleAfter(action, selector, text, quietMs) {
            const root = document.getElementById("app") ?? document.body;
            const el = document.querySelector(selector);
            if (!el)
                return Promise.reject(new Error(`no element ${selector}`));
            return new Promise(resolve => {
                let last = -1;
                let quiet: ReturnType<typeof setTimeout> | undefined;
                const t0 = performance.now();
                const done = (): void => {
                    observer.disconnect();
                    resolve(last < 0 ? 0 : last - t0);
                };
                const observer = new MutationObserver(() => {
                    void afterPaint().then(t => { last = Math.max(last, t); });
                    clearTimeout(quiet);
                    quiet = setTimeout(done, quietMs);
                });
                observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
                quiet = setTimeout(done, quietMs);
                if (action === "click") {
                    (el as HTMLElement).click();
                } else {
                    const input = el as HTMLInputElement;
                    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
                    setter?.call(input, text);
                    input.dispatchEvent(new Event("input", { bubbles: true }));
                }
            });
        },
    };
    window.__bench = api;
    try {
        new PerformanceObserver(list => {
            for (const e of list.getEntries())
                api.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
        }).observe({ type: "longtask", buffered: true });
    } catch {
        // no long task timing: TTI falls back to the first rows
    }
    document.addEventListener("keydown", event => {
        const stamp = event.timeStamp;
        void afterPaint().then(t => api.keys.push(t - stamp));
    }, true);
}

install();

export {};
