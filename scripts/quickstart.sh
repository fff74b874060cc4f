#!/usr/bin/env bash
# The Quick start: installs what is missing (Debian 12, as root), builds, indexes data/ and
# then either serves the site (serve) or runs every test (test). Fast when all is in place.
#   scripts/quickstart.sh serve   -> http://127.0.0.1:8080
#   scripts/quickstart.sh test    -> ctest: unit, integration, relevance and browser tests, then
#                                    every fuzz target for a few seconds (build-fuzz/, clang)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${PODSEEK_BUILD_DIR:-$ROOT/build}"
INDEX="${PODSEEK_INDEX_DIR:-$ROOT/var/index}"
PORT="${PODSEEK_PORT:-8080}"

BUILD_PACKAGES=(build-essential cmake pkg-config libxapian-dev xapian-tools libcpp-httplib-dev
  nlohmann-json3-dev libicu-dev catch2 libxml2-dev libsqlite3-dev libtomlplusplus-dev libmariadb-dev)
# clang-14 and libclang-rt-14-dev: the libFuzzer build of fuzz/ (scripts/fuzz.sh).
# sphinxsearch: the benchmark's second baseline (searchd, indexer), checked by bench_tests.
# wrk: the benchmark's HTTP load (podseek-bench run and its smoke run in ctest).
# sox: the browser tests' silent audio file for the player.
TEST_PACKAGES=(chromium nodejs npm sox python3-prometheus-client systemd procps nginx clang-14 libclang-rt-14-dev wrk
  sphinxsearch)

say() { printf '\n== %s\n' "$*"; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages "$@")
  # A machine that already has node and npm (e.g. from another source) needs no Debian nodejs.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=$(echo "$missing" | grep -vxE 'nodejs|npm' || true)
  fi
  [ -z "$missing" ] && return 0
  say "installing: $(echo $missing)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "podseek: these Debian packages are missing and installing them needs root: $(echo $missing)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
}

build() {
  say "building in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j"$(nproc)"
}

index_data() {
  say "indexing data/ into $INDEX"
  mkdir -p "$(dirname "$INDEX")"
  "$BUILD/indexer/podseek-indexer" --db "$INDEX" --topics "$ROOT/data/topics.json" --prune \
    "$ROOT/data/netstack.json"
}

serve() {
  say "serving on http://127.0.0.1:$PORT (Ctrl-C stops)"
  exec "$BUILD/search-server/podseek-server" --db "$INDEX" --host 127.0.0.1 --port "$PORT" \
    --web "$ROOT/web" --synonyms "$ROOT/data/synonyms.json"
}

run_tests() {
  say "running every test"
  cd "$BUILD"
  ctest --output-on-failure -j"$(nproc)" --timeout 600
}

# The fuzz targets in their own clang build (incremental), each run a few seconds by ctest.
run_fuzz_tests() {
  say "fuzzing each parser for a few seconds (build-fuzz/)"
  PODSEEK_FUZZ_BUILD_DIR="${PODSEEK_FUZZ_BUILD_DIR:-$(dirname "$BUILD")/build-fuzz}" bash "$ROOT/scripts/fuzz.sh" test
}

case "${1:-}" in
  serve)
    install_packages "${BUILD_PACKAGES[@]}"
    build
    index_data
    serve
    ;;
  test)
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build
    index_data
    run_tests
    run_fuzz_tests
    ;;
  *)
    echo "usage: $0 serve|test" >&2
    exit 2
    ;;
esac
