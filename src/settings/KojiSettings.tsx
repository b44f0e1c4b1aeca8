// Koji hub-to-web mapping: being written (issue "Following images", item 5).
export function KojiSettings() {
    return null;
}
