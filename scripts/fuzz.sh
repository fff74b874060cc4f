#!/usr/bin/env bash
# The libFuzzer targets of fuzz/ (see fuzz/README.md), in their own clang build (build-fuzz/).
#   scripts/fuzz.sh build               configure (once) and build every target, incrementally
#   scripts/fuzz.sh list                the targets and their seed folders
#   scripts/fuzz.sh test                build, then ctest: each target for a few seconds
#   scripts/fuzz.sh run TARGET HOURS    one target for HOURS (decimals allowed), on both cores;
#                                       new inputs go to build-fuzz/fuzz/work/TARGET/corpus,
#                                       crashes to build-fuzz/fuzz/work/TARGET/crashes/
#   scripts/fuzz.sh repro TARGET FILE   run one input (a crash file) through TARGET
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${PODSEEK_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
CXX_FUZZ="${PODSEEK_FUZZ_CXX:-clang++-14}"

build() {
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
      -DPODSEEK_FUZZ=ON "${launcher[@]}" >/dev/null
  fi
  cmake --build "$BUILD" --target fuzzers -j"$(nproc)"
}

seeds_of() {
  local line
  line=$(grep "^$1 " "$BUILD/fuzz/targets.txt" || true)
  [ -n "$line" ] || { echo "fuzz.sh: no target '$1' (see: scripts/fuzz.sh list)" >&2; exit 2; }
  echo "${line#"$1" }"
}

run() {
  local target="$1" hours="$2" work="$BUILD/fuzz/work/$1" seconds
  seconds=$(awk -v h="$hours" 'BEGIN { printf "%d", h * 3600 }')
  build
  mkdir -p "$work/corpus" "$work/crashes"
  # shellcheck disable=SC2046
  "$BUILD/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -jobs="$(nproc)" -workers="$(nproc)" -artifact_prefix="$work/crashes/" \
    "$work/corpus" $(seeds_of "$target")
}

case "${1:-}" in
  build) build ;;
  list) build >/dev/null && cat "$BUILD/fuzz/targets.txt" ;;
  test) build && cd "$BUILD" && ctest --output-on-failure -j"$(nproc)" -L fuzz ;;
  run) [ $# -eq 3 ] || { echo "usage: $0 run TARGET HOURS" >&2; exit 2; }; run "$2" "$3" ;;
  repro) [ $# -eq 3 ] || { echo "usage: $0 repro TARGET FILE" >&2; exit 2; }; build >/dev/null
         "$BUILD/fuzz/fuzz_$2" "$3" ;;
  *) echo "usage: $0 build|list|test|run TARGET HOURS|repro TARGET FILE" >&2; exit 2 ;;
esac
