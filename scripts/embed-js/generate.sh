#!/usr/bin/env bash
# Makes web/embed.js from its modules (web/embed/*.js and the web/js/ modules they import) with the
# esbuild pinned in package-lock.json, installed here by npm on first use. Only someone changing the
# embed runs this; serving the site needs nothing but the committed web/embed.js.
#
#   scripts/embed-js/generate.sh               regenerate web/embed.js (then commit it)
#   scripts/embed-js/generate.sh --check [F]   exit 1, saying why, when F (default web/embed.js)
#                                              is not exactly what the modules generate
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

# Installs esbuild when node_modules is missing or holds another version than package.json pins.
ensure_esbuild() {
  local wanted installed
  wanted=$(node -p "require('$HERE/package.json').devDependencies.esbuild")
  installed=$(node -p "try { require('$HERE/node_modules/esbuild/package.json').version } catch { '' }")
  [[ "$installed" == "$wanted" ]] && return 0
  echo "installing esbuild $wanted with npm ci in $HERE" >&2
  # --ignore-scripts: esbuild's postinstall only re-checks the binary that npm already placed.
  (cd "$HERE" && npm ci --no-audit --no-fund --ignore-scripts >&2) ||
    { echo "generate.sh: npm ci failed: esbuild $wanted could not be installed (the npm registry is needed once)" >&2; exit 1; }
}

FRESH=""
trap '[[ -z "$FRESH" ]] || rm -f "$FRESH"' EXIT

check() {
  local committed=$1 fresh
  [[ -f "$committed" ]] || { echo "generate.sh: $committed does not exist" >&2; exit 1; }
  FRESH=$(mktemp "${TMPDIR:-/tmp}/podseek-embed.XXXXXX.js")
  fresh=$FRESH
  node "$HERE/generate.mjs" --out "$fresh" >/dev/null
  if cmp -s "$fresh" "$committed"; then
    echo "$committed is what web/embed/main.js and its imports generate ($(wc -c <"$fresh") bytes)"
    return 0
  fi
  echo "$committed is not what its modules generate: it was edited by hand, or web/embed/ or web/js/" >&2
  echo "changed without regenerating. Run scripts/embed-js/generate.sh and commit web/embed.js." >&2
  echo "--- first differences (committed vs generated) ---" >&2
  diff -u --label committed --label generated "$committed" "$fresh" | head -n 40 >&2 || true
  exit 1
}

command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "generate.sh: node and npm are needed (Debian: apt-get install nodejs npm)" >&2; exit 1; }
ensure_esbuild
case "${1:-}" in
  "") node "$HERE/generate.mjs" ;;
  --check) check "${2:-$ROOT/web/embed.js}" ;;
  *) echo "usage: $0 [--check [FILE]]" >&2; exit 2 ;;
esac
