// Every customization section the editor knows, in the order they are shown: its key in
// `customizations`, its title (marked here, translated at render), the value a new section
// starts with, the shape its value must have to be edited, and its component.
import type { ComponentType } from "react";

import { N_ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import { BootloaderSection } from "./BootloaderSection";
import { CacertsSection } from "./CacertsSection";
import { ContainersStorageSection } from "./ContainersStorageSection";
import { DirectoriesSection } from "./DirectoriesSection";
import { DiskSection } from "./DiskSection";
import { DnfSection } from "./DnfSection";
import { FdoSection } from "./FdoSection";
import { FilesSection } from "./FilesSection";
import { FilesystemSection } from "./FilesystemSection";
import { FipsSection } from "./FipsSection";
import { FirewallSection } from "./FirewallSection";
import { FirstbootSection } from "./FirstbootSection";
import { GroupsSection } from "./GroupsSection";
import { HostnameSection } from "./HostnameSection";
import { IgnitionSection } from "./IgnitionSection";
import { InstallationDeviceSection } from "./InstallationDeviceSection";
import { InstallerSection } from "./InstallerSection";
import { IsoSection } from "./IsoSection";
import { KernelSection } from "./KernelSection";
import { LocaleSection } from "./LocaleSection";
import { OpenscapSection } from "./OpenscapSection";
import { PartitioningModeSection } from "./PartitioningModeSection";
import { RepositoriesSection } from "./RepositoriesSection";
import { RhsmSection } from "./RhsmSection";
import { RpmSection } from "./RpmSection";
import { ServicesSection } from "./ServicesSection";
import { SshdSection } from "./SshdSection";
import { TimezoneSection } from "./TimezoneSection";
import type { SectionProps } from "./types";
import { UsersSection } from "./UsersSection";

export type SectionShape = "record" | "list" | "string" | "boolean";

/** Legacy keys a section also shows (users show the old sshkey list) */
export interface CompanionProps {
    companions?: Record<string, unknown>;
    onCompanionChange?: (key: string, next: unknown) => void;
}

export interface SectionEntry {
    key: string;
    /** marked with N_(): translate with _() when shown */
    label: string;
    path: Path;
    shape: SectionShape;
    empty: () => unknown;
    Component: ComponentType<SectionProps & CompanionProps>;
    /** other customization keys shown (and removed) with this section */
    companions?: string[];
}

function UsersWithSshkeys({ companions, onCompanionChange, ...props }: SectionProps & CompanionProps) {
    return (
        <UsersSection
            {...props}
            sshkey={companions?.sshkey}
            onSshkeyChange={onCompanionChange ? next => onCompanionChange("sshkey", next) : undefined}
        />
    );
}

function entry(key: string, label: string, shape: SectionShape, empty: () => unknown,
    Component: ComponentType<SectionProps & CompanionProps>, companions?: string[]): SectionEntry {
    return { key, label, path: ["customizations", key], shape, empty, Component, companions };
}

export const SECTIONS: readonly SectionEntry[] = [
    entry("hostname", N_("Hostname"), "string", () => "", HostnameSection),
    entry("kernel", N_("Kernel"), "record", () => ({}), KernelSection),
    entry("user", N_("Users"), "list", () => [], UsersWithSshkeys, ["sshkey"]),
    entry("group", N_("Groups"), "list", () => [], GroupsSection),
    entry("timezone", N_("Time zone and NTP"), "record", () => ({}), TimezoneSection),
    entry("locale", N_("Language and keyboard"), "record", () => ({}), LocaleSection),
    entry("firewall", N_("Firewall"), "record", () => ({}), FirewallSection),
    entry("services", N_("Services"), "record", () => ({}), ServicesSection),
    entry("filesystem", N_("File systems"), "list", () => [], FilesystemSection),
    entry("disk", N_("Disk and partitions"), "record", () => ({ type: "gpt", partitions: [] }), DiskSection),
    entry("partitioning_mode", N_("Partitioning mode"), "string", () => "auto-lvm", PartitioningModeSection),
    entry("installation_device", N_("Installation device"), "string", () => "", InstallationDeviceSection),
    entry("fdo", N_("FIDO Device Onboarding"), "record", () => ({}), FdoSection),
    entry("openscap", N_("OpenSCAP"), "record", () => ({}), OpenscapSection),
    entry("ignition", N_("Ignition"), "record", () => ({}), IgnitionSection),
    entry("directories", N_("Directories"), "list", () => [], DirectoriesSection),
    entry("files", N_("Files"), "list", () => [], FilesSection),
    entry("repositories", N_("Repositories"), "list", () => [], RepositoriesSection),
    entry("fips", N_("FIPS mode"), "boolean", () => true, FipsSection),
    entry("installer", N_("Installer"), "record", () => ({}), InstallerSection),
    entry("rpm", N_("RPM signing keys"), "record", () => ({}), RpmSection),
    entry("rhsm", N_("Subscription manager"), "record", () => ({}), RhsmSection),
    entry("cacerts", N_("CA certificates"), "record", () => ({}), CacertsSection),
    entry("containers-storage", N_("Container storage"), "record", () => ({}), ContainersStorageSection),
    entry("firstboot", N_("First boot scripts"), "record", () => ({ scripts: [] }), FirstbootSection),
    entry("dnf", N_("DNF"), "record", () => ({}), DnfSection),
    entry("iso", N_("ISO image"), "record", () => ({}), IsoSection),
    entry("sshd", N_("SSH server"), "record", () => ({}), SshdSection),
    entry("bootloader", N_("Boot loader"), "record", () => ({}), BootloaderSection),
];

/** Every key the registry shows, including legacy companions */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(SECTIONS.flatMap(s => [s.key, ...(s.companions ?? [])]));

/** Whether a section is in the blueprint's customizations (itself or a companion) */
export function sectionPresent(section: SectionEntry, customizations: Record<string, unknown>): boolean {
    return [section.key, ...(section.companions ?? [])].some(key => Object.hasOwn(customizations, key));
}

/** Whether a value has the shape its section can edit */
export function hasShape(shape: SectionShape, value: unknown): boolean {
    switch (shape) {
    case "record": return typeof value === "object" && value !== null && !Array.isArray(value);
    case "list": return Array.isArray(value);
    case "string": return typeof value === "string";
    case "boolean": return typeof value === "boolean";
    }
}
