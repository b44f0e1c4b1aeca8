// Paste or open a koji-osbuild compose-status.json or a Cloud ComposeStatus.
import { useState } from "react";
import { ActionGroup, Form } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FileUpload } from "@patternfly/react-core/dist/esm/components/FileUpload/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";

import { _ } from "../../pkg/lib/gettext";
import { type InspectError, MAX_INSPECT_BYTES, tooLargeError } from "../model/composeStatusFile";

interface Props {
    onInspect(text: string): void;
    onRefused(error: InspectError): void;
    /** the id of the message saying what is wrong with the text, while there is one */
    errorId?: string;
}

export function PasteForm({ onInspect, onRefused, errorId }: Props) {
    const [text, setText] = useState("");
    const [filename, setFilename] = useState("");
    const [loading, setLoading] = useState(false);
    return (
        <Form onSubmit={e => { e.preventDefault(); onInspect(text); }}>
            <FileUpload
                id="inspect-upload"
                type="text"
                value={text}
                filename={filename}
                filenamePlaceholder={_("Drag a file here, open one, or paste below")}
                browseButtonText={_("Open a file")}
                filenameAriaLabel={_("File name")}
                clearButtonText={_("Clear")}
                hideDefaultPreview
                isLoading={loading}
                onFileInputChange={(_e, file) => setFilename(file.name)}
                onDataChange={(_e, data) => setText(data)}
                onReadStarted={() => setLoading(true)}
                onReadFinished={() => setLoading(false)}
                onClearClick={() => { setText(""); setFilename(""); }}
                dropzoneProps={{
                    maxSize: MAX_INSPECT_BYTES,
                    onDropRejected: rejections => {
                        const size = rejections[0]?.file.size ?? MAX_INSPECT_BYTES + 1;
                        const error = tooLargeError(size);
                        if (error)
                            onRefused(error);
                    },
                }}
            >
                <TextArea
                    id="inspect-file"
                    aria-label={_("Compose status text")}
                    placeholder={_("Paste a compose-status.json or a ComposeStatus here")}
                    value={text}
                    rows={8}
                    resizeOrientation="vertical"
                    // lines are not wrapped: breaking a line of a megabyte (a long value in a
                    // status) into rows took the browser some 19 s of layout; JSON reads as well unwrapped
                    wrap="off"
                    validated={errorId ? "error" : "default"}
                    aria-describedby={errorId}
                    onChange={(_e, value) => setText(value)}
                />
            </FileUpload>
            <ActionGroup>
                <Button type="submit" variant="primary">{_("Inspect")}</Button>
            </ActionGroup>
        </Form>
    );
}
