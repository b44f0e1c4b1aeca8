// The customizations of a blueprint: one card per section present (in registry order),
// customizations this editor does not know as read-only blocks (kept as they are), and the
// "Add customization" menu. Removing a section can be undone; adding one back that was
// removed brings back what it held. Each card is memoised: typing in one section re-renders
// that section only.
import { AlertActionCloseButton, AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { CodeBlock, CodeBlockCode } from "@patternfly/react-core/dist/esm/components/CodeBlock/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import { memo, useState } from "react";

import { Alert } from "../../../../pkg/lib/Alert";
import { format, _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { isUnder, problemsAtPath, problemsKey } from "../fields/paths";
import { FieldHelper } from "../fields/FieldHelper";
import { isRecord, type Rec } from "../fields/values";
import { AddCustomizationMenu } from "./AddCustomizationMenu";
import { hasShape, KNOWN_KEYS, type SectionEntry, SECTIONS, sectionPresent } from "./registry";
import { SectionCard } from "./SectionCard";
import { useLatestCallback } from "../useLatestCallback";

interface Props {
    /** the blueprint's customizations (anything: a value that is no table is shown read-only) */
    customizations: unknown;
    /** replace the value at path in the blueprint (undefined removes the key) */
    onChange: (path: Path, value: unknown) => void;
    problems: readonly Problem[];
}

function RawBlock({ title, id, value, note }: { title: string; id: string; value: unknown; note: string }) {
    return (
        <Card id={id} component="section" aria-labelledby={`${id}-title`}>
            <CardTitle id={`${id}-title`} component="h3">{title}</CardTitle>
            <CardBody>
                <Content component="p">{note}</Content>
                <CodeBlock>
                    <CodeBlockCode>{JSON.stringify(value, null, 2)}</CodeBlockCode>
                </CodeBlock>
            </CardBody>
        </Card>
    );
}

function focusSection(key: string) {
    requestAnimationFrame(() =>
        document.getElementById(`section-${key}`)?.querySelector<HTMLElement>("input, textarea, select, button:not([id$='-toggle'])")?.focus());
}

interface SlotProps {
    section: SectionEntry;
    value: unknown;
    /** the section's companion keys and their values (users: the legacy sshkey list) */
    companions?: Rec;
    /** the problems inside this section */
    problems: readonly Problem[];
    onChange: (path: Path, value: unknown) => void;
    onRemove: (section: SectionEntry) => void;
}

/** One section's card, re-rendered only when its value, companions or problems change */
const SectionSlot = memo(function SectionSlot({ section, value, companions, problems, onChange, onRemove }: SlotProps) {
    const title = _(section.label);
    const id = `section-${section.key}`;
    const editable = value === undefined || hasShape(section.shape, value);
    const Component = section.Component;
    return (
        <SectionCard title={title} id={id} problems={problems} onRemove={() => onRemove(section)}>
            {section.shape === "record" &&
                <FieldHelper id={`${id}-helper`} problems={problemsAtPath(problems, section.path)} />}
            {editable
                ? <Component
                    value={value}
                    onChange={next => onChange(section.path, next)}
                    problems={problems}
                    basePath={section.path}
                    companions={companions}
                    onCompanionChange={(key, next) => onChange(["customizations", key], next)}
                />
                : <>
                    <Content component="p">{_("This section has a form the editor cannot change; edit it in the TOML editor.")}</Content>
                    <CodeBlock><CodeBlockCode>{JSON.stringify(value, null, 2)}</CodeBlockCode></CodeBlock>
                </>}
        </SectionCard>
    );
}, (a, b) =>
    a.section === b.section &&
    a.value === b.value &&
    a.onChange === b.onChange &&
    a.onRemove === b.onRemove &&
    sameValues(a.companions, b.companions) &&
    problemsKey(a.problems) === problemsKey(b.problems));

function sameValues(a: Rec | undefined, b: Rec | undefined): boolean {
    if (!a || !b)
        return a === b;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every(key => Object.hasOwn(b, key) && a[key] === b[key]);
}

function pick(record: Rec, keys: readonly string[]): Rec {
    return Object.fromEntries(keys.filter(key => Object.hasOwn(record, key)).map(key => [key, record[key]]));
}

export const CustomizationSections = memo(function CustomizationSections({ customizations: raw, onChange, problems }: Props) {
    const [stash, setStash] = useState<Record<string, Rec>>({});
    const [lastRemoved, setLastRemoved] = useState<SectionEntry | null>(null);

    const customizations: Rec = isRecord(raw) ? raw : {};
    const present = SECTIONS.filter(section => sectionPresent(section, customizations));
    const available = SECTIONS.filter(section => !sectionPresent(section, customizations));
    const unknown = Object.keys(customizations).filter(key => !KNOWN_KEYS.has(key));

    const setCustomizations = (next: Rec) => onChange(["customizations"], Object.keys(next).length > 0 ? next : undefined);

    const remove = useLatestCallback((section: SectionEntry) => {
        const keys = [section.key, ...(section.companions ?? [])];
        const kept: Rec = {};
        const next = { ...customizations };
        for (const key of keys) {
            if (Object.hasOwn(next, key))
                kept[key] = next[key];
            delete next[key];
        }
        setStash({ ...stash, [section.key]: kept });
        setLastRemoved(section);
        setCustomizations(next);
        // the removed card took the focus with it: give it to "Undo"
        requestAnimationFrame(() => document.getElementById("customization-undo")?.focus());
    });

    const add = (key: string) => {
        const section = SECTIONS.find(s => s.key === key);
        if (!section)
            return;
        const restored = stash[key];
        setCustomizations({ ...customizations, ...(restored ?? { [key]: section.empty() }) });
        if (restored) {
            const { [key]: _used, ...rest } = stash;
            setStash(rest);
        }
        setLastRemoved(null);
        focusSection(key);
    };

    if (raw !== undefined && !isRecord(raw))
        return <RawBlock title={_("Customizations")} id="section-customizations" value={raw}
            note={_("The customizations are not a table; edit them in the TOML editor.")} />;

    return (
        <Stack hasGutter>
            {lastRemoved &&
                <StackItem>
                    <Alert
                        variant="info"
                        isInline
                        title={format(_("$0 removed"), _(lastRemoved.label))}
                        actionClose={<AlertActionCloseButton aria-label={_("Close")} onClose={() => setLastRemoved(null)} />}
                        actionLinks={<AlertActionLink id="customization-undo" onClick={() => add(lastRemoved.key)}>{_("Undo")}</AlertActionLink>}
                    />
                </StackItem>}
            {present.map(section => {
                const keys = [section.key, ...(section.companions ?? [])];
                return (
                    <StackItem key={section.key}>
                        <SectionSlot
                            section={section}
                            value={customizations[section.key]}
                            companions={section.companions ? pick(customizations, section.companions) : undefined}
                            problems={problems.filter(problem => keys.some(key => isUnder(problem.path, ["customizations", key])))}
                            onChange={onChange}
                            onRemove={remove}
                        />
                    </StackItem>
                );
            })}
            {unknown.map(key =>
                <StackItem key={key}>
                    <RawBlock
                        title={format(_("Other customization: $0"), key)}
                        id={`section-other-${key.replace(/[^A-Za-z0-9_-]+/g, "_")}`}
                        value={customizations[key]}
                        note={_("This editor does not know this customization. It is kept as it is; edit it in the TOML editor.")}
                    />
                </StackItem>)}
            <StackItem>
                <AddCustomizationMenu available={available} onAdd={add} />
            </StackItem>
        </Stack>
    );
});
