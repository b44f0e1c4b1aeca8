// Typings for the parts of cockpit.js (loaded from ../base1/cockpit.js) that this plugin uses.
// Written for this project; covers only what we call.

declare module "cockpit" {
    /** cockpit's own promise: like a Promise, but .catch also hands over the reply body */
    interface CockpitPromise<T> extends Promise<T> {
        catch<R = never>(onrejected?: ((reason: unknown, body?: string) => R | PromiseLike<R>) | null): Promise<T | R>;
    }

    interface HttpOptions {
        unix?: string;
        port?: number;
        address?: string;
        superuser?: "try" | "require";
        binary?: boolean;
        headers?: Record<string, string>;
        /** TLS for a TCP address; an empty object uses the system's trust store */
        tls?: { validate?: boolean; authority?: { file?: string; data?: string } };
    }

    interface HttpRequestOptions {
        method: string;
        path: string;
        body?: string;
        headers?: Record<string, string>;
        params?: Record<string, string | number>;
    }

    /**
     * cockpit.http's request: with a stream handler, the 2xx reply's chunks go to it as they come;
     * a response handler gets the status and headers as soon as they come, whatever the status
     */
    interface HttpPromise extends CockpitPromise<string> {
        stream(handler: (chunk: string) => void): HttpPromise;
        response(handler: (status: number, headers: Record<string, string>) => void): HttpPromise;
    }

    interface HttpClient {
        request(options: HttpRequestOptions): HttpPromise;
        get(path: string, params?: Record<string, string | number>, headers?: Record<string, string>): CockpitPromise<string>;
        close(problem?: string): void;
    }

    /** What cockpit rejects with: an http status, a channel problem or a process exit */
    interface CockpitError {
        problem?: string | null;
        status?: number;
        reason?: string;
        message?: string;
        exit_status?: number | null;
        exit_signal?: number | null;
    }

    interface SpawnOptions {
        superuser?: "try" | "require";
        err?: "out" | "ignore" | "message";
        environ?: string[];
        directory?: string;
    }

    interface FileHandle<T> {
        read(): CockpitPromise<T | null>;
        replace(content: T | null): CockpitPromise<string>;
        modify(callback: (old: T | null) => T | null): CockpitPromise<T | null>;
        close(): void;
    }

    interface Location {
        path: string[];
        options: Record<string, string | string[]>;
        href: string;
        go(path: string | string[], options?: Record<string, string>): void;
        replace(path: string | string[], options?: Record<string, string>): void;
        encode(path: string[], options?: Record<string, string>): string;
    }

    interface Permission {
        allowed: boolean | null;
        addEventListener(event: "changed", listener: () => void): void;
        removeEventListener(event: "changed", listener: () => void): void;
        close(): void;
    }

    interface UserInfo {
        id: number;
        name: string;
        full_name: string;
        home: string;
        shell: string;
        groups: string[];
    }

    interface Cockpit {
        gettext(message: string): string;
        gettext(context: string, message: string): string;
        ngettext(singular: string, plural: string, n: number): string;
        ngettext(context: string, singular: string, plural: string, n: number): string;
        format(template: string, ...args: (string | number)[]): string;
        language: string;
        http(options: HttpOptions): HttpClient;
        http(address: string, options?: HttpOptions): HttpClient;
        spawn(args: string[], options?: SpawnOptions): CockpitPromise<string>;
        file<T = string>(path: string, options?: { syntax?: { parse(s: string): T; stringify(v: T): string }; superuser?: "try" | "require" }): FileHandle<T>;
        location: Location;
        addEventListener(event: "locationchanged" | "visibilitychange", listener: () => void): void;
        removeEventListener(event: "locationchanged" | "visibilitychange", listener: () => void): void;
        hidden: boolean;
        user(): Promise<UserInfo>;
        permission(options: { admin: boolean }): Permission;
        jump(path: string, host?: string): void;
        transport: {
            csrf_token: string;
            host: string;
            wait(callback: () => void): void;
        };
    }

    const cockpit: Cockpit;
    export default cockpit;
    export type { CockpitError, CockpitPromise, HttpClient, HttpPromise, Location, Permission, SpawnOptions, UserInfo };
}
