#!/usr/bin/env bash
# validate-desktop-files.sh DESKTOP METAINFO VERSION
# The desktop entry passes desktop-file-validate without a single remark (hints included); the
# AppStream metainfo passes appstreamcli validate --no-net with no error, warning or info (only
# the pedantic note on the id's capital letter, which the reverse-DNS id needs); its newest
# release is VERSION (CMake's PROJECT_VERSION). A missing tool fails: it is part of the build's
# requirements (scripts/common.sh installs it).
set -u
desktop="$1" metainfo="$2" version="$3"
status=0
fail() { printf 'FAIL: %s\n' "$*" >&2; status=1; }

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    fail "$1 not found: install the Debian package $2 (scripts/common.sh installs it)"
    return 1
}

if need desktop-file-validate desktop-file-utils; then
    out="$(desktop-file-validate "$desktop" 2>&1)"
    rc=$?
    [[ $rc -eq 0 ]] || fail "desktop-file-validate exit code $rc"
    [[ -z "$out" ]] || fail "desktop-file-validate has remarks:
$out"
fi

if need appstreamcli appstream; then
    out="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)"
    rc=$?
    [[ $rc -eq 0 ]] || fail "appstreamcli validate exit code $rc:
$out"
    remarks="$(grep -E '^[EWIP]: ' <<<"$out" | grep -v 'cid-contains-uppercase-letter')"
    [[ -z "$remarks" ]] || fail "appstreamcli validate has remarks:
$remarks"
fi

newest="$(grep -oE '<release version="[^"]+"' "$metainfo" | head -n 1 | cut -d'"' -f2)"
[[ "$newest" == "$version" ]] \
    || fail "newest <release> in $(basename "$metainfo") is '$newest', the project is $version: add a release entry"

# The desktop file, the metainfo's launchable and the icon name are one id.
id="$(basename "$desktop" .desktop)"
grep -q "^Icon=$id\$" "$desktop" || fail "Icon= in $desktop is not $id"
# X11: Qt 6.4 sets WM_CLASS from the program name ("kilowatch" "kilowatch"); Wayland's app id is
# the desktop file name (QGuiApplication::setDesktopFileName).
grep -q "^StartupWMClass=kilowatch\$" "$desktop" || fail "StartupWMClass= in $desktop is not kilowatch"
grep -q "<id>$id</id>" "$metainfo" || fail "<id> in $metainfo is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "<launchable> in $metainfo is not $id.desktop"

[[ $status -eq 0 ]] && echo "ok: $(basename "$desktop") and $(basename "$metainfo") valid, release $version"
exit $status
