// The worker's cloud configuration (/etc/osbuild-worker/osbuild-worker.toml): the credentials
// the Cloud API's uploads and Koji builds use. Read and written with administrative access;
// keys the form does not know are kept; the worker reads the file when it starts, so the page
// offers to restart the local worker (osbuild-worker@1.service: the one composer starts on this
// host; remote workers, osbuild-remote-worker@*, run on other machines with their own file).
import { AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { ActionGroup, Form } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { useCallback, useEffect, useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { _, format } from "../../pkg/lib/gettext";
import { useAdmin } from "../../pkg/lib/useAdmin";
import { WORKER_UNIT, readWorkerConfig, restartWorker, writeSecretFile, writeWorkerConfig } from "../api/workerConfig";
import {
    type KojiKerberos, type SectionValues, WORKER_CONFIG_PATH, WORKER_SECTIONS, type WorkerDoc, kojiKerberos, kojiProblems, parseWorkerConfig, pathProblem,
    sectionValues, serializeWorkerConfig, withKojiKerberos, withSection,
} from "../model/workerConfig";
import { KojiHubsFields } from "./worker/KojiHubsFields";
import { WorkerSectionFields } from "./worker/WorkerSectionFields";

interface Loaded {
    doc: WorkerDoc;
    hasComments: boolean;
}

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "restarted" } | { kind: "error"; title: string; message: string };

export function WorkerCloudConfig() {
    const admin = useAdmin();
    const [loaded, setLoaded] = useState<Loaded | null>(null);
    const [loadError, setLoadError] = useState<string | null>(null);
    const [sections, setSections] = useState<Record<string, SectionValues>>({});
    const [hubs, setHubs] = useState<KojiKerberos[]>([]);
    const [files, setFiles] = useState<Record<string, Record<string, string>>>({});
    const [status, setStatus] = useState<Status>({ kind: "idle" });
    const [busy, setBusy] = useState(false);

    const load = useCallback(async () => {
        setLoadError(null);
        const read = await readWorkerConfig();
        if (read.error !== undefined)
            return setLoadError(read.error);
        const parsed = parseWorkerConfig(read.data);
        if (!parsed.ok)
            return setLoadError(parsed.message);
        setLoaded({ doc: parsed.doc, hasComments: parsed.hasComments });
        setSections(Object.fromEntries(WORKER_SECTIONS.map(s => [s.name, sectionValues(parsed.doc, s)])));
        setHubs(kojiKerberos(parsed.doc));
    }, []);

    useEffect(() => {
        if (admin)
            void load();
    }, [admin, load]);

    const invalid = hubs.some(hub => Object.keys(kojiProblems(hub)).length > 0) ||
        WORKER_SECTIONS.some(s => s.keys.some(k => k.credentialsFile && pathProblem(sections[s.name]?.[k.key]) !== null));

    const save = async () => {
        if (!loaded || invalid)
            return;
        setBusy(true);
        setStatus({ kind: "idle" });
        for (const section of WORKER_SECTIONS) {
            for (const [key, content] of Object.entries(files[section.name] ?? {})) {
                const path = sections[section.name]?.[key];
                if (content === "" || typeof path !== "string" || path.trim() === "")
                    continue;
                const written = await writeSecretFile(path.trim(), content);
                if (written.error !== undefined) {
                    setBusy(false);
                    return setStatus({ kind: "error", title: format(_("$0 could not be written"), path), message: written.error });
                }
            }
        }
        let doc = loaded.doc;
        for (const section of WORKER_SECTIONS)
            doc = withSection(doc, section, sections[section.name] ?? {});
        doc = withKojiKerberos(doc, hubs);
        const written = await writeWorkerConfig(serializeWorkerConfig(doc));
        setBusy(false);
        if (written.error !== undefined)
            return setStatus({ kind: "error", title: format(_("$0 could not be written"), WORKER_CONFIG_PATH), message: written.error });
        setFiles({});
        setLoaded({ doc, hasComments: false });
        setStatus({ kind: "saved" });
    };

    const restart = async () => {
        setBusy(true);
        const done = await restartWorker();
        setBusy(false);
        setStatus(done.error === undefined ? { kind: "restarted" } : { kind: "error", title: format(_("$0 could not be restarted"), WORKER_UNIT), message: done.error });
    };

    let body;
    if (admin === false) {
        body = <Alert variant="info" isInline isPlain title={_("Administrative access is needed to read and change the worker's configuration.")} />;
    } else if (loadError !== null) {
        body = (
            <Alert variant="danger" isInline title={format(_("$0 could not be read"), WORKER_CONFIG_PATH)}
                   actionLinks={<AlertActionLink onClick={() => void load()}>{_("Retry")}</AlertActionLink>}>
                <p className="foundry-error-message">{loadError}</p>
            </Alert>
        );
    } else if (!loaded) {
        body = <LoadingSpinner size="lg" aria-label={_("Loading the worker's configuration")} />;
    } else {
        body = (
            <Form id="worker-config-form" onSubmit={e => { e.preventDefault(); void save() }}>
                {loaded.hasComments &&
                    <Alert variant="warning" isInline isPlain
                           title={_("This file has comments. Saving here rewrites it without them: the TOML library keeps every key and value, but not comments.")} />}
                {WORKER_SECTIONS.map(section => (
                    <WorkerSectionFields key={section.name} section={section} values={sections[section.name] ?? {}}
                                         onChange={values => setSections(old => ({ ...old, [section.name]: values }))}
                                         files={files[section.name] ?? {}}
                                         onFile={(key, content) => setFiles(old => ({ ...old, [section.name]: { ...old[section.name], [key]: content } }))} />
                ))}
                <KojiHubsFields hubs={hubs} onChange={setHubs} />
                {status.kind === "error" &&
                    <Alert variant="danger" isInline title={status.title}><p className="foundry-error-message">{status.message}</p></Alert>}
                {status.kind === "saved" &&
                    <Alert variant="success" isInline id="worker-config-saved"
                           title={format(_("Saved. The worker reads this file when it starts: restart $0 to use the changes."), WORKER_UNIT)}
                           actionLinks={<AlertActionLink onClick={() => void restart()}>{_("Restart the worker")}</AlertActionLink>} />}
                {status.kind === "restarted" &&
                    <Alert variant="success" isInline isPlain title={format(_("$0 was restarted."), WORKER_UNIT)} />}
                <ActionGroup>
                    <Button variant="primary" type="submit" isDisabled={busy || invalid} isLoading={busy}>{_("Save")}</Button>
                    <Button variant="link" onClick={() => void load()} isDisabled={busy}>{_("Reload")}</Button>
                </ActionGroup>
            </Form>
        );
    }

    return (
        <Card id="worker-config">
            <CardTitle component="h2">{_("Worker cloud credentials")}</CardTitle>
            <CardBody>
                <p>{format(_("Uploads through the Cloud API and Koji builds use the credentials in $0, not the ones typed into a compose. Remote workers on other machines have their own copy."), WORKER_CONFIG_PATH)}</p>
                {body}
            </CardBody>
        </Card>
    );
}
