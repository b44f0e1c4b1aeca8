// customizations.fdo: FIDO Device Onboarding for simplified installer images.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function FdoSection({ value, onChange, problems, basePath = ["customizations", "fdo"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <Columns>
                <TextField label={_("Manufacturing server URL")} {...at("manufacturing_server_url")} type="url"
                    placeholder="http://fdo.example.com:8080" isRequired />
                <TextField label={_("Device info string type: MAC address of interface")} {...at("di_mfg_string_type_mac_iface")}
                    placeholder="eth0" />
            </Columns>
            <TextField label={_("DIUN public key: insecure")} {...at("diun_pub_key_insecure")}
                helperText={_("\"true\" to skip checking the server's key (for tests only).")} />
            <TextField label={_("DIUN public key hash")} {...at("diun_pub_key_hash")} monospace />
            <TextField label={_("DIUN public key root certificates")} {...at("diun_pub_key_root_certs")} rows={4} monospace />
        </>
    );
}
