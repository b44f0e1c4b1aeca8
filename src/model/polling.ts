// When to ask again about a compose that can still change (DESIGN principle 3). Pure.
//
// A compose seen starting (or changing state) in this page is asked about after 2 s, then
// 4 s, 8 s, and every 10 s from then on. A compose that was already waiting or running when the
// list was first read starts at 10 s: the list itself just told its state. Finished composes are
// never asked about. The list is re-read at most every 30 s.

export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 10_000;
export const LIST_REFRESH_MS = 30_000;

/** Delay before the next status request, after `step` requests since the compose (re)started. */
export function backoffDelay(step: number): number {
    if (!Number.isFinite(step) || step < 0)
        return FIRST_DELAY_MS;
    return Math.min(FIRST_DELAY_MS * 2 ** Math.floor(step), MAX_DELAY_MS);
}

/** The step at which a compose first seen in the first list read starts: already at the top. */
export const SETTLED_STEP = Math.ceil(Math.log2(MAX_DELAY_MS / FIRST_DELAY_MS));

export interface PollEntry {
    step: number;
    due: number;
}

/** The polling schedule of the non-final composes, keyed by id. */
export type Schedule = Map<string, PollEntry>;

/**
 * Brings the schedule in line with the ids that can still change: new ids are added (fresh ones
 * at the first step, `settled` ones at the top), ids that finished or went away are dropped.
 */
export function syncSchedule(schedule: Schedule, ids: Iterable<string>, now: number, settled: boolean): Schedule {
    const next: Schedule = new Map();
    for (const id of ids) {
        const old = schedule.get(id);
        if (old)
            next.set(id, old);
        else {
            const step = settled ? SETTLED_STEP : 0;
            next.set(id, { step, due: now + backoffDelay(step) });
        }
    }
    return next;
}

/** Ids whose request is due at `now`. */
export function dueIds(schedule: Schedule, now: number): string[] {
    return [...schedule].filter(([, e]) => e.due <= now).map(([id]) => id);
}

/** After asking about `ids`: each one waits the next, longer delay. */
export function advance(schedule: Schedule, ids: Iterable<string>, now: number): void {
    for (const id of ids) {
        const e = schedule.get(id);
        if (e) {
            e.step += 1;
            e.due = now + backoffDelay(e.step);
        }
    }
}

/** Time of the earliest due request, or undefined when nothing can change. */
export function nextDue(schedule: Schedule): number | undefined {
    let min: number | undefined;
    for (const e of schedule.values())
        min = min === undefined ? e.due : Math.min(min, e.due);
    return min;
}

/** Whether the list is due for a refresh. */
export function listDue(lastRead: number | undefined, now: number): boolean {
    return lastRead === undefined || now - lastRead >= LIST_REFRESH_MS;
}
