#!/bin/bash
# System packages the tests and `make demo` need: a real Cockpit (ws, bridge, shell) and Chromium,
# plus rpmbuild and appstreamcli for the packaging checks.
# Installs nothing when all are present. Debian/Ubuntu (apt) or Fedora (dnf); root, or sudo.
set -euo pipefail

PACKAGES=(cockpit-ws cockpit-bridge cockpit-system chromium rpm appstream)
FEDORA_PACKAGES=(cockpit-ws cockpit-bridge cockpit-system chromium rpm-build appstream)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "make deps: missing packages; run as root: $*" >&2; exit 1
    fi
}

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    missing=()
    for p in "${PACKAGES[@]}"; do
        [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && exit 0
    echo "make deps: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}"
elif command -v rpm >/dev/null && command -v dnf >/dev/null; then
    rpm -q "${FEDORA_PACKAGES[@]}" >/dev/null 2>&1 && exit 0
    echo "make deps: installing ${FEDORA_PACKAGES[*]}"
    as_root dnf install -y "${FEDORA_PACKAGES[@]}"
else
    echo "make deps: neither apt nor dnf found; install ${PACKAGES[*]} yourself" >&2
    exit 1
fi
