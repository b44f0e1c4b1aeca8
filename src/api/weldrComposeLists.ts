// The three Weldr compose lists (queue, finished, failed: reference §1.3), read side by side as
// the images page's list query takes them. Startable before the first render asks for them
// (app/startupReads.ts), so this module stays free of RTK Query: the first page's bundle has it.
import type { WeldrComposeEntry } from "../model/compose";
import type { Result } from "./parseReply";
import { startupRead } from "./startupRead";
import { weldr } from "./transport";
import { unchangedReply } from "./unchangedReply";
import { V1 } from "./weldrPaths";
import { decodeComposeLists } from "./weldrTypes";

const readQueue = unchangedReply(weldr, { path: `${V1}/compose/queue`, big: true }, v => decodeComposeLists(v, ["new", "run"]));
const readFinished = unchangedReply(weldr, { path: `${V1}/compose/finished`, big: true }, v => decodeComposeLists(v, ["finished"]));
const readFailed = unchangedReply(weldr, { path: `${V1}/compose/failed`, big: true }, v => decodeComposeLists(v, ["failed"]));

export type ComposeListReplies = [Result<WeldrComposeEntry[]>, Result<WeldrComposeEntry[]>, Result<WeldrComposeEntry[]>];

/** queue, finished and failed, in that order */
export const composeListsRead = startupRead<void, ComposeListReplies>(() => Promise.all([readQueue(), readFinished(), readFailed()]), () => "");
