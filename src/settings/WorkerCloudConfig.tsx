// The worker's cloud configuration: being written (issue "Creating images", item 5).
export function WorkerCloudConfig() {
    return null;
}
