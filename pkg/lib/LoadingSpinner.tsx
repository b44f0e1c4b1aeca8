// PatternFly's Spinner with translated texts: its own name is "Contents" and its value text
// "Loading...", in English whatever the locale. Give a more precise aria-label where one is known.
import { Spinner, type SpinnerProps } from "@patternfly/react-core/dist/esm/components/Spinner/index.js";

import { _ } from "./gettext";

export function LoadingSpinner(props: SpinnerProps) {
    return <Spinner aria-label={_("Loading…")} aria-valuetext={_("Loading…")} {...props} />;
}
