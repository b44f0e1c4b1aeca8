// Fields side by side on wide screens, one under the other on narrow ones. Fragments are
// opened, so a helper returning several fields puts each in its own column.
import { Grid, GridItem } from "@patternfly/react-core/dist/esm/layouts/Grid/index.js";
import { Children, Fragment, isValidElement, type ReactNode } from "react";

function flatten(children: ReactNode): ReactNode[] {
    return Children.toArray(children).flatMap(child =>
        isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment ? flatten(child.props.children) : [child]);
}

export function Columns({ children, span = 6 }: { children: ReactNode; span?: 3 | 4 | 6 | 12 }) {
    return (
        <Grid hasGutter>
            {flatten(children).map((child, i) =>
                <GridItem key={i} md={span}>{child}</GridItem>)}
        </Grid>
    );
}
