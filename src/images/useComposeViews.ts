// All composes, from Weldr (queue, finished, failed) and the Cloud API list, merged by id.
// The Cloud API failing alone still shows the Weldr composes, with a warning.
import { useMemo } from "react";

import { useCloudComposesQuery } from "../api/cloud";
import { type ComposerError, asComposerError } from "../api/composerError";
import { useWeldrComposesQuery } from "../api/weldrComposes";
import { type ComposeView, mergeComposes } from "../model/compose";

export interface ComposeViews {
    composes?: ComposeView[];
    /** Weldr failed: nothing can be shown */
    error?: ComposerError;
    /** only the Cloud API failed */
    cloudError?: ComposerError;
    refetch: () => void;
}

export function useComposeViews(): ComposeViews {
    const weldr = useWeldrComposesQuery();
    const cloud = useCloudComposesQuery();
    return useMemo(() => {
        const refetch = () => {
            void weldr.refetch();
            void cloud.refetch();
        };
        if (weldr.error)
            return { error: asComposerError(weldr.error, "weldr"), refetch };
        if (!weldr.data || (cloud.isLoading && !cloud.error))
            return { refetch };
        return {
            composes: mergeComposes(weldr.data, cloud.data ?? []),
            cloudError: asComposerError(cloud.error, "cloud"),
            refetch,
        };
    }, [weldr, cloud]);
}
