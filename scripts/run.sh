#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds the app and starts the live demo: kilowatch with
# its built-in simulated SENEC device. Extra arguments go to kilowatch (e.g. --interval 2).
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kw_install_dependencies
kw_configure
kw_build kilowatch

app="$KW_BUILD_DIR/src/app/kilowatch"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    kw_log "no display: starting kilowatch --demo under xvfb-run (invisible; Ctrl+C to stop)"
    exec xvfb-run -a "$app" --demo "$@"
fi
kw_log "starting kilowatch --demo"
exec "$app" --demo "$@"
