// Fields side by side on wide screens, one under the other on narrow ones.
import { Grid, GridItem } from "@patternfly/react-core/dist/esm/layouts/Grid/index.js";
import { Children, type ReactNode } from "react";

export function Columns({ children, span = 6 }: { children: ReactNode; span?: 3 | 4 | 6 | 12 }) {
    return (
        <Grid hasGutter>
            {Children.toArray(children).map((child, i) =>
                <GridItem key={i} md={span}>{child}</GridItem>)}
        </Grid>
    );
}
