#!/usr/bin/env bash
# run-with-tray.sh COMMAND [ARG…]: runs COMMAND on a private X server (Xvfb) with a real system
# tray (trayer, an XEmbed tray), as the tray tests need. The tray is started here; the test waits
# for it itself (QSystemTrayIcon::isSystemTrayAvailable()), so nothing sleeps blindly.
#
# A missing xvfb-run or trayer is an error, never a skip: these tests exist to prove the icon is
# in a real tray. scripts/common.sh installs both (packages xvfb, xauth, trayer).
#
# To look at it: the tray tests save grabs of the X screen into $KW_TRAY_SNAPSHOT_DIR when set.
set -euo pipefail

if [[ "${1:-}" != "--inside-x" ]]; then
    for tool in xvfb-run xauth trayer; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "run-with-tray: '$tool' is missing (apt-get install xvfb xauth trayer)" >&2
            exit 1
        fi
    done
    [[ $# -ge 1 ]] || { echo "usage: run-with-tray.sh COMMAND [ARG…]" >&2; exit 64; }
    # Qt prefers a StatusNotifierItem tray over D-Bus when a session bus offers one; the X tray
    # is the one under test, so no session bus. XEmbed needs the xcb platform, not offscreen.
    exec env -u DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM=xcb NO_AT_BRIDGE=1 \
        xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" --inside-x "$@"
fi
shift

# A panel along the top right, 24 px high: the size most Linux panels give tray icons.
trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
       --SetPartialStrut true --transparent false \
       --expand true --padding 4 --iconspacing 4 >/dev/null 2>&1 &
trayer_pid=$!
cleanup() { kill "$trayer_pid" 2>/dev/null || true; wait "$trayer_pid" 2>/dev/null || true; }
trap cleanup EXIT

status=0
"$@" || status=$?
exit "$status"
