// Ordering of blueprint versions ("1.2.10" after "1.2.9"). Versions that are not
// semantic versions sort after the ones that are, by plain text. Pure.

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function comparePrerelease(a: string | undefined, b: string | undefined): number {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1; // a release is newer than its prereleases
    if (b === undefined)
        return -1;
    const pa = a.split(".");
    const pb = b.split(".");
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        if (pa[i] === undefined)
            return -1;
        if (pb[i] === undefined)
            return 1;
        const na = /^\d+$/.test(pa[i]) ? Number(pa[i]) : NaN;
        const nb = /^\d+$/.test(pb[i]) ? Number(pb[i]) : NaN;
        if (!isNaN(na) && !isNaN(nb) && na !== nb)
            return na - nb;
        if (isNaN(na) !== isNaN(nb))
            return isNaN(na) ? 1 : -1;
        if (pa[i] !== pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    }
    return 0;
}

export function compareVersions(a: string, b: string): number {
    const ma = SEMVER.exec(a);
    const mb = SEMVER.exec(b);
    if (!ma || !mb) {
        if (ma)
            return -1;
        if (mb)
            return 1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    for (let i = 1; i <= 3; i++) {
        const d = Number(ma[i]) - Number(mb[i]);
        if (d !== 0)
            return d;
    }
    return comparePrerelease(ma[4], mb[4]);
}
