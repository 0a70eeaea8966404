#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds everything in build/ and runs the whole test
# suite. Exits non-zero on any failure. Extra arguments go to ctest, e.g. `scripts/test.sh -R cli`.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kw_install_dependencies
kw_configure
kw_build all

# Tests carry their own TIMEOUT; --timeout caps any test that does not.
kw_log "running the tests"
ctest --test-dir "$KW_BUILD_DIR" --output-on-failure --timeout 300 \
      --parallel "$(kw_jobs)" "$@"
