#!/usr/bin/env bash
# check-packages.sh BUILD_DIR VERSION APP_ID "ICON SIZES"
# Builds the .deb and the .tar.gz from the finished build tree with cpack (into a scratch
# folder, not the build tree), checks what the .deb holds and declares, unpacks it into a scratch
# root with dpkg -x and runs the unpacked programs' --version; checks the .tar.gz holds the same
# files.
set -u
build="$1" version="$2" id="$3" sizes="$4"
status=0
fail() { printf 'FAIL: %s\n' "$*" >&2; status=1; }
for tool in cpack dpkg-deb dpkg dpkg-shlibdeps file tar; do
    command -v "$tool" >/dev/null 2>&1 \
        || { fail "$tool not found (Debian packages: cmake, dpkg, dpkg-dev, file, tar; scripts/common.sh installs them)"; exit 1; }
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/kw-packages.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

start=$SECONDS
if ! cpack -G 'DEB;TGZ' --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack failed"
    exit 1
fi
echo "cpack: $((SECONDS - start)) s"

deb="$(ls "$scratch"/out/kilowatch_"$version"-*_*.deb 2>/dev/null | head -n 1)"
tgz="$(ls "$scratch"/out/kilowatch-"$version"-*.tar.gz 2>/dev/null | head -n 1)"
[[ -f "$deb" ]] || { ls -l "$scratch/out" >&2; fail "no kilowatch_${version}-*.deb"; exit 1; }
[[ -f "$tgz" ]] || fail "no kilowatch-${version}-*.tar.gz"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"

# Every file a desktop install needs, at the Debian paths.
expected=(
    ./usr/bin/kilowatch ./usr/bin/kilowatch-cli ./usr/bin/kilowatch-sim
    "./usr/share/applications/$id.desktop"
    "./usr/share/metainfo/$id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$id.svg"
)
for size in $sizes; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the .deb lacks $path"
done
echo "$(wc -l <<<"$contents") entries in the .deb"

control="$(dpkg-deb -f "$deb" Package Version Architecture Maintainer Section Homepage Depends Description)"
echo "$control"
[[ "$(dpkg-deb -f "$deb" Package)" == kilowatch ]] || fail "Package is not kilowatch"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version"-* ]] || fail "Version is not $version-…"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 libqt6svg6 \
           libqt6httpserver6 libqt6sql6-sqlite qt6-qpa-plugins libc6 libstdc++6; do
    # One package per comma-separated entry, its name before any version.
    sed 's/, */\n/g' <<<"$depends" | awk '{print $1}' | grep -qxF "$lib" \
        || fail "Depends does not name $lib: $depends"
done

root="$scratch/root"
dpkg -x "$deb" "$root" || fail "dpkg -x failed"
for program in kilowatch kilowatch-cli kilowatch-sim; do
    binary="$root/usr/bin/$program"
    file -b "$binary" | grep -q ', stripped' || fail "$program is not stripped: $(file -b "$binary")"
    out="$("$binary" --version 2>"$scratch/err")"
    rc=$?
    [[ $rc -eq 0 ]] || fail "$program --version: exit code $rc: $(cat "$scratch/err")"
    [[ "$out" == "$program $version" ]] || fail "$program --version printed '$out', expected '$program $version'"
    echo "unpacked: $program --version -> $out"
done
# The translations are embedded (translations/CMakeLists.txt): rcc keeps resource names as
# UTF-16BE, uncompressed, in the binary — stripping leaves data alone.
qm_pattern="$(printf 'kilowatch_de.qm' | sed 's/./\\x00&/g; s/\./\\./g')"
LC_ALL=C grep -qaP "$qm_pattern" "$root/usr/bin/kilowatch" \
    || fail "the packaged kilowatch does not embed kilowatch_de.qm"
help="$("$root/usr/bin/kilowatch" --help 2>/dev/null)" || fail "kilowatch --help failed"
grep -q -- '--demo' <<<"$help" || fail "kilowatch --help does not list --demo"

# The tarball: the same programs and desktop files under its top folder.
tarlist="$(tar -tzf "$tgz")"
for path in bin/kilowatch bin/kilowatch-cli bin/kilowatch-sim "share/applications/$id.desktop" \
            "share/metainfo/$id.metainfo.xml" "share/icons/hicolor/512x512/apps/$id.png"; do
    grep -qE "^[^/]+/$path\$" <<<"$tarlist" || fail "the .tar.gz lacks */$path"
done

[[ $status -eq 0 ]] && echo "ok: .deb and .tar.gz in $((SECONDS - start)) s"
exit $status
