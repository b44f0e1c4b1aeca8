// customizations.rhsm: Red Hat Subscription Manager settings of the image.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { TriStateField } from "../fields/TriStateField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function RhsmSection({ value, onChange, problems, basePath = ["customizations", "rhsm"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <Columns>
            <TriStateField label={_("DNF plugin: product-id")} {...at("config", "dnf_plugins", "product_id", "enabled")} />
            <TriStateField label={_("DNF plugin: subscription-manager")} {...at("config", "dnf_plugins", "subscription_manager", "enabled")} />
            <TriStateField label={_("Manage repositories")} {...at("config", "subscription_manager", "rhsm", "manage_repos")} />
            <TriStateField label={_("Enable yum plugins automatically")} {...at("config", "subscription_manager", "rhsm", "auto_enable_yum_plugins")} />
            <TriStateField label={_("rhsmcertd: automatic registration")} {...at("config", "subscription_manager", "rhsmcertd", "auto_registration")} />
        </Columns>
    );
}
