// The page's first module (index.html): the shell's theme, and the first page's reads sent
// as soon as Cockpit's transport is up; only then the app itself (index.js, fetched meanwhile
// through <link rel="modulepreload">) is evaluated. Evaluating the app takes the main thread for
// about 100 ms, and cockpit.js can only take the bridge's "init" (which its channels wait for)
// between tasks: evaluated first, the app held the reads back until it was done. So this module
// stays small: no React, no RTK Query, no PatternFly.
import cockpit from "cockpit";

import { followShellTheme } from "../pkg/lib/theme";
import { parseRoute } from "./app/route";
import { startReadsFor } from "./app/startupReads";

/** the app's module, beside this one in dist/ (an entry point of its own, not bundled in here) */
const APP_MODULE = "./index.js";

followShellTheme();
startReadsFor(parseRoute(cockpit.location.path), cockpit.location.options);
// the channels of the reads go out as the transport comes up, before this callback runs
cockpit.transport.wait(() => {
    void import(/* the built file, resolved by the browser */ APP_MODULE);
});
