// A compose's state: its label, and while it builds a progress bar (Cloud progress done/total,
// with the current step's own progress beneath when the API reports one).
import { Progress, ProgressMeasureLocation, ProgressSize } from "@patternfly/react-core/dist/esm/components/Progress/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { format, _ } from "../../pkg/lib/gettext";
import type { ComposeView } from "../model/compose";
import { ComposeStateLabel } from "./ComposeStateLabel";

function percent(done: number, total: number): number {
    return total > 0 ? Math.max(0, Math.min(100, (done / total) * 100)) : 0;
}

export function ComposeStatus({ compose }: { compose: ComposeView }) {
    const progress = compose.progress;
    const showProgress = compose.state === "building" && progress !== undefined && progress.total > 0;
    const sub = progress?.subprogress;
    // the label comes first either way, so that it stays (and is not laid out again) when
    // progress starts to be reported
    return (
        <>
            <ComposeStateLabel state={compose.state} />
            {showProgress &&
                <Stack className="foundry-compose-progress">
                    <StackItem>
                        <Progress
                            value={percent(progress.done, progress.total)}
                            size={ProgressSize.sm}
                            measureLocation={ProgressMeasureLocation.outside}
                            label={format(_("Step $0 of $1"), progress.done, progress.total)}
                            aria-label={_("Build progress")}
                            data-progress={`${progress.done}/${progress.total}${sub ? ` ${sub.done}/${sub.total}` : ""}`}
                        />
                    </StackItem>
                    {sub && sub.total > 0 &&
                        <StackItem>
                            <Progress
                                value={percent(sub.done, sub.total)}
                                size={ProgressSize.sm}
                                measureLocation={ProgressMeasureLocation.none}
                                aria-label={_("Progress of the current step")}
                            />
                        </StackItem>}
                </Stack>}
        </>
    );
}
