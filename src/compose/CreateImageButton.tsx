// "Create image": opens the create-image dialog, for one blueprint or with a blueprint picker.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";

import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { CreateImageDialog } from "./CreateImageDialog";

export function CreateImageButton({ blueprint }: { blueprint?: string }) {
    const dialogs = useDialogs();
    return (
        <Button variant={blueprint ? "secondary" : "primary"} id="create-image"
                onClick={() => dialogs.show(<CreateImageDialog blueprint={blueprint} />)}>
            {_("Create image")}
        </Button>
    );
}
