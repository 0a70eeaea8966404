# shellcheck shell=bash
# Shared by scripts/test.sh and scripts/run.sh (sourced, not run): install what is missing,
# configure and build. Safe to run again and again; a warm machine touches neither apt nor
# the network.

# Debian 12 packages the build, the tests and the demo need.
KW_PACKAGES=(
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite
    qtkeychain-qt6-dev libgl1-mesa-dev xvfb xauth trayer imagemagick libbenchmark-dev
    cmake ninja-build g++ openssl ca-certificates
    desktop-file-utils appstream dpkg-dev file
)

KW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KW_BUILD_DIR="${KW_BUILD_DIR:-$KW_ROOT/build}"

kw_log() { printf '==> %s\n' "$*" >&2; }
kw_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Packages from KW_PACKAGES that dpkg does not list as installed ("ii").
kw_missing_packages() {
    local pkg status
    for pkg in "${KW_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == ii* ]] || printf '%s\n' "$pkg"
    done
}

kw_install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        kw_log "not a Debian-based system: skipping package installation (need Qt >= 6.4, CMake, Ninja, a C++20 compiler)"
        return 0
    fi
    local missing
    mapfile -t missing < <(kw_missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        kw_log "all ${#KW_PACKAGES[@]} packages are installed"
        return 0
    fi
    kw_log "installing ${#missing[@]} missing packages: ${missing[*]}"
    local -a as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            kw_die "missing packages and not root (and no sudo). As root, run:
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
        fi
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update \
        || kw_die "apt-get update failed"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" \
        || kw_die "apt-get install failed"
}

kw_jobs() { nproc 2>/dev/null || echo 2; }

kw_configure() {
    # A build folder made with another generator cannot be reused; say so instead of failing
    # deep inside CMake.
    local cache="$KW_BUILD_DIR/CMakeCache.txt"
    if [[ -f "$cache" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
        kw_die "$KW_BUILD_DIR was configured with another generator; remove it and run again"
    fi
    kw_log "configuring $KW_BUILD_DIR (Ninja, RelWithDebInfo)"
    cmake -S "$KW_ROOT" -B "$KW_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
        || kw_die "cmake configure failed"
}

# kw_build [target…]: everything by default.
kw_build() {
    local -a targets=()
    local t
    for t in "$@"; do targets+=(--target "$t"); done
    kw_log "building with $(kw_jobs) jobs"
    cmake --build "$KW_BUILD_DIR" --parallel "$(kw_jobs)" "${targets[@]}" || kw_die "build failed"
}
