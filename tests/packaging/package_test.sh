#!/usr/bin/env bash
# The Debian package end to end: `cpack -G DEB` in the build folder, its control data (library
# dependencies from dpkg-shlibdeps, the conffile, the maintainer scripts), an install into a
# throwaway root with `dpkg --root` (the postinst makes the podseek user there with
# systemd-sysusers --root, never on this machine), the files where Debian puts them,
# `systemd-analyze verify` and `security` on the installed units, and a purge.
# Usage: package_test.sh BUILD_DIR. Exits 77 (ctest: skipped) when a tool is missing.
set -euo pipefail

BUILD="$1"
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps systemd-analyze systemd-sysusers gzip /usr/bin/kill; do
  if ! command -v "$tool" >/dev/null; then
    echo "skipped: $tool is missing (Debian: cmake, dpkg-dev, systemd, procps)"
    exit 77
  fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/podseek-package.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
DEB="$(ls "$WORK"/out/podseek_*.deb)"
echo "package: $(basename "$DEB"), $(stat -c %s "$DEB") bytes"

# `cmake --install` puts exactly the package's files where the package puts them.
DESTDIR="$WORK/destdir" cmake --install "$BUILD" >/dev/null
(cd "$WORK/destdir" && find . -type f | sort) >"$WORK/installed.txt"
dpkg-deb -c "$DEB" | awk '$1 !~ /^d/ {print $6}' | sort >"$WORK/packaged.txt"
diff "$WORK/installed.txt" "$WORK/packaged.txt" || fail "cmake --install and the package differ"

# Control data: shlibdeps found every shared library the binaries link.
DEPENDS="$(dpkg-deb -f "$DEB" Depends)"
echo "Depends: $DEPENDS"
for lib in libxapian30 libcpp-httplib0.11 libicu72 libxml2 libtomlplusplus3 libstdc++6 libc6 systemd; do
  grep -q "\b$lib\b" <<<"$DEPENDS" || fail "Depends lacks $lib"
done
dpkg-deb --ctrl-tarfile "$DEB" | tar -x -C "$WORK" ./conffiles ./postinst ./prerm ./postrm
grep -qx /etc/podseek/podseek.conf "$WORK/conffiles" || fail "podseek.conf is not a conffile"

# Install into a throwaway root. --force-script-chrootless runs the maintainer scripts here with
# DPKG_ROOT set; --force-depends because the root holds no other package.
ROOT="$WORK/root"
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/etc"
touch "$ROOT/var/lib/dpkg/status"
HOST_PASSWD="$(md5sum </etc/passwd)"
dpkg --root="$ROOT" --force-not-root --force-script-chrootless --force-depends --log=/dev/null \
  -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg -i"; }
[ "$(md5sum </etc/passwd)" = "$HOST_PASSWD" ] || fail "the postinst changed this machine's /etc/passwd"
grep -q '^podseek:x:[0-9]*:[0-9]*:.*:/var/lib/podseek:/usr/sbin/nologin$' "$ROOT/etc/passwd" \
  || fail "no podseek system user in the root's /etc/passwd"

for file in usr/bin/podseek-server usr/bin/podseek-indexer usr/bin/podseek-import-page usr/bin/podseek-export-feed; do
  [ -x "$ROOT/$file" ] || fail "/$file is missing or not executable"
done
for file in usr/share/podseek/web/index.html usr/share/podseek/web/embed.js usr/share/podseek/synonyms.json \
            usr/share/podseek/topics.json etc/podseek/podseek.conf usr/lib/sysusers.d/podseek.conf \
            usr/lib/systemd/system/podseek.service usr/lib/systemd/system/podseek-refresh.service \
            usr/lib/systemd/system/podseek-refresh.timer; do
  [ -f "$ROOT/$file" ] || fail "/$file is missing"
done
[ ! -e "$ROOT/usr/share/podseek/web/README.md" ] || fail "web/README.md was installed"
for page in podseek-server podseek-indexer podseek-import-page podseek-export-feed; do
  gzip -t "$ROOT/usr/share/man/man1/$page.1.gz" || fail "man page $page is not gzip"
  zcat "$ROOT/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH ${page^^} 1" || fail "man page $page has no .TH"
done
# The installed server looks for its web page and synonyms where the package put them.
"$ROOT/usr/bin/podseek-server" --help | grep -q "/usr/share/podseek/web" || fail "server default web dir"
"$ROOT/usr/bin/podseek-server" --help | grep -q "/usr/share/podseek/synonyms.json" || fail "server default synonyms"

# The units, as systemd reads them in that root: verify must pass without a single complaint.
# systemd-analyze needs the standard targets and /bin/kill (ExecReload) inside the root.
UNITS="$ROOT/usr/lib/systemd/system"
for target in /usr/lib/systemd/system/*.target; do
  [ -e "$UNITS/$(basename "$target")" ] || cp -P "$target" "$UNITS/"
done
[ -e "$ROOT/bin" ] || ln -s usr/bin "$ROOT/bin"
cp /usr/bin/kill "$ROOT/usr/bin/kill"  # procps
systemd-analyze verify --man=no --root="$ROOT" /usr/lib/systemd/system/podseek.service \
  /usr/lib/systemd/system/podseek-refresh.service /usr/lib/systemd/system/podseek-refresh.timer \
  >"$WORK/verify.log" 2>&1 || { cat "$WORK/verify.log"; fail "systemd-analyze verify"; }
[ ! -s "$WORK/verify.log" ] || { cat "$WORK/verify.log"; fail "systemd-analyze verify complained"; }
grep -q '^ExecStart=/usr/bin/podseek-indexer --db /var/lib/podseek/index --refresh$' "$UNITS/podseek-refresh.service" \
  || fail "the refresh service does not run the refresh command"
for unit in podseek.service podseek-refresh.service; do
  systemd-analyze security --offline=yes --root="$ROOT" --threshold=20 "$unit" >"$WORK/security.log" 2>&1 \
    || { tail -3 "$WORK/security.log"; fail "$unit is exposed above 2.0"; }
  echo "$(grep 'Overall exposure' "$WORK/security.log")"
done

# Purge: the files and the state directory go, the conffile too.
mkdir -p "$ROOT/var/lib/podseek/index"
dpkg --root="$ROOT" --force-not-root --force-script-chrootless --log=/dev/null --purge podseek \
  >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log"; fail "dpkg --purge"; }
for gone in usr/bin/podseek-server etc/podseek/podseek.conf var/lib/podseek; do
  [ ! -e "$ROOT/$gone" ] || fail "/$gone is still there after the purge"
done
echo "package test: passed"
