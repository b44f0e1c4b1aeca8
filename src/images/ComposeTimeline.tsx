// The status timeline of one compose (src/model/composeTimeline.ts) as a progress stepper.
import { ProgressStep, ProgressStepper } from "@patternfly/react-core/dist/esm/components/ProgressStepper/index.js";

import { format, _ } from "../../pkg/lib/gettext";
import type { ComposeView } from "../model/compose";
import { type TimelineStepState, composeTimeline } from "../model/composeTimeline";
import { timeText } from "./composeText";

const VARIANT: Record<TimelineStepState, "success" | "info" | "danger" | "pending" | "default"> = {
    done: "success",
    current: "info",
    failed: "danger",
    pending: "pending",
    skipped: "default",
};

export function ComposeTimeline({ compose, cloud }: { compose: ComposeView; cloud?: unknown }) {
    const steps = composeTimeline(compose, cloud);
    return (
        <ProgressStepper aria-label={_("Status timeline")} className="foundry-timeline">
            {steps.map(step => (
                <ProgressStep
                    key={step.id}
                    id={`timeline-${step.id}`}
                    titleId={`timeline-${step.id}-title`}
                    variant={VARIANT[step.state]}
                    isCurrent={step.state === "current"}
                    data-state={step.state}
                    description={[
                        step.time !== undefined ? timeText(step.time) : "",
                        step.progress ? format(_("Step $0 of $1"), step.progress.done, step.progress.total) : "",
                    ].filter(Boolean).join(" · ") || undefined}
                >
                    {_(step.title)}
                </ProgressStep>
            ))}
        </ProgressStepper>
    );
}
