// How fast the machine is at the moment: the same piece of CPU work (JSON of a list like
// composer's, written and read back) timed in the bench's own process, before the parts and
// after each. This VM's host reports no steal time (/proc/stat), yet a whole run came out much
// slower than the runs right after it, figures that no change touched included (the editor's
// keystroke: 42.6 against 26.8 ms): the probe shows such a slow phase beside the figures.

import { median } from "./lib";

/** a list of 5,000 compose-like records, built once */
const SAMPLE = Array.from({ length: 5000 }, (_, i) => ({
    id: `0000${i}-2f4c-4d1a-9a4e-5b1c3d2e1f00`.slice(-36),
    blueprint: `bulk-${String(i).padStart(5, "0")}`,
    version: "1.0.0",
    compose_type: i % 2 ? "qcow2" : "ami",
    image_size: i * 4096,
    queue_status: "FINISHED",
    job_created: 1_700_000_000 + i,
    uploads: [{ uuid: `u${i}`, provider_name: "aws", status: "FINISHED", settings: { region: "eu-central-1", bucket: "b" } }],
}));

/** milliseconds for one round of the work: the median of `tries` */
export function cpuProbeMs(tries = 5): number {
    const times: number[] = [];
    let sink = 0;
    for (let t = 0; t < tries; t++) {
        const start = performance.now();
        for (let round = 0; round < 4; round++)
            sink += (JSON.parse(JSON.stringify(SAMPLE)) as unknown[]).length;
        times.push(performance.now() - start);
    }
    if (sink !== tries * 4 * SAMPLE.length)
        throw new Error("cpu probe: the work went wrong");
    return median(times);
}
