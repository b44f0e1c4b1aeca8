// PatternFly's Alert with the words a screen reader says before its title translated: PatternFly's
// own are "Danger alert:", "Warning alert:" … in English whatever the locale.
import { Alert as PatternFlyAlert, type AlertProps } from "@patternfly/react-core/dist/esm/components/Alert/index.js";

import { _ } from "./gettext";

function variantLabel(variant: AlertProps["variant"]): string {
    switch (variant) {
    case "danger": return _("Error:");
    case "warning": return _("Warning:");
    case "success": return _("Success:");
    case "info": return _("Information:");
    default: return _("Notice:");
    }
}

export function Alert({ ref: _ref, ...props }: AlertProps) {
    return <PatternFlyAlert variantLabel={variantLabel(props.variant)} toggleAriaLabel={_("Details")} {...props} />;
}
