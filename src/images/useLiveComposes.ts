// Every compose both APIs know, merged by id, kept current without a request per row
// (DESIGN principle 3): the lists (Weldr queue, finished, failed and the Cloud list) are re-read
// at most every 30 s; the composes that can still change are asked about on the back-off of
// src/model/polling.ts: all Weldr ones in one compose/status request, each Cloud one by id.
// Nothing is requested while the page is hidden; finished composes are never asked about.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useDispatch } from "react-redux";

import { useCloudComposesQuery } from "../api/cloud";
import { cloudComposesApi } from "../api/cloudComposes";
import { type ComposerError, asComposerError } from "../api/composerError";
import { useWeldrComposesQuery, weldrComposesApi } from "../api/weldrComposes";
import type { AppStore } from "../app/store";
import { type CloudComposeStatus, type ComposeView, type ViewCache, type WeldrComposeEntry, isFinal, mergeComposes, withUpdates } from "../model/compose";
import { LIST_REFRESH_MS, type Schedule, advance, dueIds, listDue, nextDue, syncSchedule } from "../model/polling";
import { usePageVisible } from "./usePageVisible";

export interface LiveComposes {
    composes?: ComposeView[];
    /** Weldr failed: nothing can be shown */
    error?: ComposerError;
    /** only the Cloud API failed */
    cloudError?: ComposerError;
    /**
     * Whether the Cloud list is in (or failed) too. The Weldr lists are shown first: the Cloud
     * list is the bigger reply (it repeats the Weldr composes), and the composes only it knows
     * have no creation time, so they come last in the default order anyway.
     */
    complete: boolean;
    refetch: () => void;
}

type Dispatch = AppStore["dispatch"];

export function useLiveComposes(): LiveComposes {
    const dispatch = useDispatch<Dispatch>();
    const visible = usePageVisible();
    const weldr = useWeldrComposesQuery(undefined, { refetchOnMountOrArgChange: LIST_REFRESH_MS / 1000 });
    // asked for once the Weldr lists are in: both replies share one WebSocket, and the Cloud
    // list is the bigger one, so asking for both at once would delay the first rows
    const cloudWaits = weldr.data === undefined && weldr.error === undefined;
    const cloud = useCloudComposesQuery(undefined, { refetchOnMountOrArgChange: LIST_REFRESH_MS / 1000, skip: cloudWaits });
    const [weldrUpdates, setWeldrUpdates] = useState<ReadonlyMap<string, WeldrComposeEntry>>(new Map());
    const [cloudUpdates, setCloudUpdates] = useState<ReadonlyMap<string, CloudComposeStatus>>(new Map());

    // a fresh list read is newer than every status asked for before it (kept as it is when there
    // was none: a new empty map would merge all the composes again)
    useEffect(() => setWeldrUpdates(old => old.size ? new Map() : old), [weldr.data]);
    // The Cloud list comes in after the first rows show: it is merged in a background render
    // (React may pause that for input and paint), not in the store update that brought it.
    const cloudData = useDeferredValue(cloud.data);
    useEffect(() => setCloudUpdates(old => old.size ? new Map() : old), [cloudData]);

    const complete = cloudData !== undefined || cloud.error !== undefined;
    // an entry merged before gives the same view: rows of composes that did not change stay as they are
    const views = useRef<ViewCache>(new WeakMap());
    const composes = useMemo(() => weldr.data
        ? mergeComposes(withUpdates(weldr.data, weldrUpdates), withUpdates(cloudData ?? [], cloudUpdates), views.current)
        : undefined, [weldr.data, cloudData, weldrUpdates, cloudUpdates]);

    const schedule = useRef<Schedule>(new Map());
    const apiOf = useRef(new Map<string, "weldr" | "cloud">());
    const listRead = useRef(Date.now());
    const timer = useRef<number | undefined>(undefined);
    const visibleRef = useRef(visible);
    const refetchLists = useRef(() => undefined as void);
    refetchLists.current = () => {
        listRead.current = Date.now();
        void weldr.refetch();
        if (!cloudWaits)
            void cloud.refetch();
    };

    const askWeldr = useCallback(async (ids: string[]) => {
        const reply = await dispatch(weldrComposesApi.endpoints.composeStatuses.initiate(ids, { subscribe: false, forceRefetch: true }));
        if (reply.data) {
            const entries = reply.data;
            setWeldrUpdates(old => new Map([...old, ...entries.map(e => [e.id, e] as const)]));
        }
    }, [dispatch]);

    const askCloud = useCallback(async (id: string) => {
        const reply = await dispatch(cloudComposesApi.endpoints.cloudCompose.initiate(id, { subscribe: false, forceRefetch: true }));
        if (reply.data) {
            const status = reply.data;
            setCloudUpdates(old => new Map([...old, [status.id, status]]));
        }
    }, [dispatch]);

    const tick = useCallback(() => {
        window.clearTimeout(timer.current);
        timer.current = undefined;
        if (!visibleRef.current)
            return;
        const now = Date.now();
        if (listDue(listRead.current, now))
            refetchLists.current();
        const due = dueIds(schedule.current, now);
        if (due.some(id => apiOf.current.get(id) === "weldr")) {
            // one request answers for every Weldr compose that can change: ask for all of them
            const all = [...schedule.current.keys()].filter(id => apiOf.current.get(id) === "weldr");
            advance(schedule.current, all, now);
            void askWeldr(all);
        }
        for (const id of due.filter(id => apiOf.current.get(id) === "cloud")) {
            advance(schedule.current, [id], now);
            void askCloud(id);
        }
        const next = Math.min(nextDue(schedule.current) ?? Infinity, listRead.current + LIST_REFRESH_MS);
        timer.current = window.setTimeout(tick, Math.max(next - now, 200));
    }, [askWeldr, askCloud]);

    // the composes that can change decide the schedule; the first read of both lists starts settled
    const firstRead = useRef(true);
    useEffect(() => {
        if (!composes)
            return;
        const live = composes.filter(c => !isFinal(c.state));
        for (const c of live)
            apiOf.current.set(c.id, c.api);
        schedule.current = syncSchedule(schedule.current, live.map(c => c.id), Date.now(), firstRead.current);
        if (complete)
            firstRead.current = false;
        if (visibleRef.current) {
            window.clearTimeout(timer.current);
            const now = Date.now();
            const next = Math.min(nextDue(schedule.current) ?? Infinity, listRead.current + LIST_REFRESH_MS);
            timer.current = window.setTimeout(tick, Math.max(next - now, 200));
        }
    }, [composes, complete, tick]);

    useEffect(() => {
        visibleRef.current = visible;
        if (visible)
            tick();
        else {
            window.clearTimeout(timer.current);
            timer.current = undefined;
        }
    }, [visible, tick]);

    useEffect(() => () => window.clearTimeout(timer.current), []);

    return useMemo(() => {
        const refetch = () => refetchLists.current();
        if (weldr.error)
            return { error: asComposerError(weldr.error, "weldr"), complete, refetch };
        return { composes, cloudError: asComposerError(cloud.error, "cloud"), complete, refetch };
    }, [weldr.error, cloud.error, composes, complete]);
}
