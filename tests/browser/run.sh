#!/usr/bin/env bash
# End-to-end browser tests: builds an index of the netstack.fm corpus, starts podseek-server on a free
# port with the web/ pages, serves a host page for the embed from two other origins (one allowed by
# --allow-origin, one not), and runs the node:test suites in Debian's Chromium via playwright-core.
# A second server (PODSEEK_MIXED_URL) indexes netstack.fm with a second podcast whose episodes have
# enclosures (tests/fixtures/browser/radio.xml): a silent 120 s file made with sox, served with
# byte ranges on 127.0.0.1 by media-server.mjs, so the player can be tested.
#
#   tests/browser/run.sh BUILD_DIR
#   BROWSER_TESTS=./pages.test.mjs tests/browser/run.sh BUILD_DIR    (one suite only)
#
# Installs what is missing (chromium from apt, node_modules from npm); exits non-zero on any failure.
# Screenshots go to BUILD_DIR/screenshots/.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
BUILD_DIR=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

INDEXER="$BUILD_DIR/indexer/podseek-indexer"
SERVER="$BUILD_DIR/search-server/podseek-server"
for bin in "$INDEXER" "$SERVER"; do
  [[ -x "$bin" ]] || { echo "missing $bin: build the project first" >&2; exit 1; }
done

if [[ ! -x /usr/bin/chromium ]]; then
  echo "installing chromium from Debian" >&2
  apt-get install -y chromium >&2
fi
if ! command -v sox >/dev/null; then
  echo "installing sox from Debian" >&2
  apt-get install -y sox >&2
fi
# Installed again when the lock file changed since (a new package such as axe-core).
if [[ ! -d "$HERE/node_modules" || "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]]; then
  if [[ -f "$HERE/package-lock.json" ]]; then (cd "$HERE" && npm ci --no-audit --no-fund >&2)
  else (cd "$HERE" && npm install --no-audit --no-fund >&2); fi
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/podseek-browser.XXXXXX")
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# wait_for_line FILE PATTERN PID: the first line of FILE matching PATTERN, within 30 s, while PID lives.
wait_for_line() {
  local file=$1 pattern=$2 pid=$3 i line
  for ((i = 0; i < 300; i++)); do
    line=$(grep -m1 -E "$pattern" "$file" 2>/dev/null || true)
    if [[ -n "$line" ]]; then echo "$line"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited early:" >&2; cat "$file" >&2; return 1; }
    sleep 0.1
  done
  echo "timed out waiting for '$pattern' in $file" >&2
  cat "$file" >&2
  return 1
}

INDEX_ARGS=(--db "$WORK/db")
# Topics make the topic facet and the /topics page; the overlay adds guests to a bare episode page.
[[ -f "$ROOT/data/topics.json" ]] && INDEX_ARGS+=(--topics "$ROOT/data/topics.json")
CORPUS="$ROOT/data/netstack.json"
if [[ ! -f "$CORPUS" ]]; then
  CORPUS="$ROOT/data/netstack-fm-episodes-page.txt"
  [[ -f "$ROOT/data/netstack-overlay.json" ]] && INDEX_ARGS+=(--overlay "$ROOT/data/netstack-overlay.json")
fi
echo "indexing $CORPUS" >&2
"$INDEXER" "${INDEX_ARGS[@]}" "$CORPUS" >"$WORK/indexer.log" 2>&1 || { cat "$WORK/indexer.log" >&2; exit 1; }

# The host pages for the embed: two ports, printed as "allowed http://127.0.0.1:P1 other http://127.0.0.1:P2".
node "$HERE/host-server.mjs" >"$WORK/host.log" 2>&1 &
PIDS+=($!)
HOST_LINE=$(wait_for_line "$WORK/host.log" '^allowed ' "${PIDS[-1]}")
read -r _ HOST_ALLOWED _ HOST_OTHER <<<"$HOST_LINE"

# start_server LOG ARGS...: starts podseek-server ARGS in the background; sets STARTED_URL.
start_server() {
  local log=$1 line
  shift
  "$SERVER" "$@" >"$log" 2>&1 &
  PIDS+=($!)
  line=$(wait_for_line "$log" 'listening on http://' "${PIDS[-1]}")
  STARTED_URL=$(grep -oE 'http://[^ ]+' <<<"$line" | head -1)
  STARTED_URL=${STARTED_URL%/}
}

SERVER_ARGS=(--db "$WORK/db" --port 0 --web "$ROOT/web" --allow-origin "$HOST_ALLOWED")
# Serve as scripts/quickstart.sh does, synonyms included.
[[ -f "$ROOT/data/synonyms.json" ]] && SERVER_ARGS+=(--synonyms "$ROOT/data/synonyms.json")
start_server "$WORK/server.log" "${SERVER_ARGS[@]}"
SERVER_URL=$STARTED_URL
# A second server on the multilingual filter fixtures (tests/fixtures/filters/), for the language and
# category facets (netstack.fm is one English podcast without categories).
"$INDEXER" --db "$WORK/filters-db" "$ROOT"/tests/fixtures/filters/*.json >"$WORK/filters-indexer.log" 2>&1 ||
  { cat "$WORK/filters-indexer.log" >&2; exit 1; }
start_server "$WORK/filters-server.log" --db "$WORK/filters-db" --port 0 --web "$ROOT/web"
FILTERS_URL=$STARTED_URL

echo "server $SERVER_URL (filter fixtures: $FILTERS_URL), embed hosts $HOST_ALLOWED (allowed) and $HOST_OTHER (not allowed)" >&2

# Another podcast's index, served twice: the site's identity from the index, and from options
# (site-title, site-accent, site-example). Its pages must show nothing of netstack.fm.
"$INDEXER" --db "$WORK/other-db" "$ROOT/tests/fixtures/feeds/other-podcast.xml" >"$WORK/other-indexer.log" 2>&1 ||
  { cat "$WORK/other-indexer.log" >&2; exit 1; }
start_server "$WORK/other-server.log" --db "$WORK/other-db" --port 0 --web "$ROOT/web"
OTHER_URL=$STARTED_URL
start_server "$WORK/options-server.log" --db "$WORK/other-db" --port 0 --web "$ROOT/web" \
  --site-title "Example Radio" --site-accent "#0b6e4f" --site-example "route leak" --site-example "DNS"
OPTIONS_URL=$STARTED_URL

# Very long and right-to-left (Arabic, Hebrew) titles, names and words beside netstack.fm, whose
# episode numbers 1 and 2 they share (tests/fixtures/browser/long-and-rtl.json): layout and ambiguity.
STRESS_ARGS=(--db "$WORK/stress-db")
[[ -f "$ROOT/data/topics.json" ]] && STRESS_ARGS+=(--topics "$ROOT/data/topics.json")
"$INDEXER" "${STRESS_ARGS[@]}" "$CORPUS" "$ROOT/tests/fixtures/browser/long-and-rtl.json" >"$WORK/stress-indexer.log" 2>&1 ||
  { cat "$WORK/stress-indexer.log" >&2; exit 1; }
start_server "$WORK/stress-server.log" --db "$WORK/stress-db" --port 0 --web "$ROOT/web"
STRESS_URL=$STARTED_URL

# The second podcast: its audio, artwork and feed, with @MEDIA@ made the media server's origin.
mkdir -p "$WORK/media" "$WORK/radio"
sox -n -r 8000 -c 1 -b 8 -e unsigned-integer "$WORK/media/silence.wav" trim 0 120
cp "$ROOT/tests/fixtures/browser/art.svg" "$WORK/media/"
node "$HERE/media-server.mjs" "$WORK/media" >"$WORK/media.log" 2>&1 &
PIDS+=($!)
MEDIA_URL=$(wait_for_line "$WORK/media.log" '^media ' "${PIDS[-1]}" | cut -d' ' -f2)
sed "s#@MEDIA@#$MEDIA_URL#g" "$ROOT/tests/fixtures/browser/radio.xml" >"$WORK/radio/radio.xml"
cp "$ROOT/tests/fixtures/browser/radio-3.vtt" "$WORK/radio/"
MIXED_ARGS=(--db "$WORK/db-mixed")
[[ -f "$ROOT/data/topics.json" ]] && MIXED_ARGS+=(--topics "$ROOT/data/topics.json")
"$INDEXER" "${MIXED_ARGS[@]}" "$CORPUS" "$WORK/radio/radio.xml" >"$WORK/indexer-mixed.log" 2>&1 ||
  { cat "$WORK/indexer-mixed.log" >&2; exit 1; }
"$SERVER" --db "$WORK/db-mixed" --port 0 --web "$ROOT/web" --allow-origin "$HOST_ALLOWED" >"$WORK/server-mixed.log" 2>&1 &
PIDS+=($!)
MIXED_LINE=$(wait_for_line "$WORK/server-mixed.log" 'listening on http://' "${PIDS[-1]}")
MIXED_URL=$(grep -oE 'http://[^ ]+' <<<"$MIXED_LINE" | head -1)
MIXED_URL=${MIXED_URL%/}
echo "mixed-index server $MIXED_URL, media $MEDIA_URL" >&2

mkdir -p "$BUILD_DIR/screenshots"
status=0
(
  cd "$HERE"
  PODSEEK_URL="$SERVER_URL" PODSEEK_MIXED_URL="$MIXED_URL" MEDIA_URL="$MEDIA_URL" \
  PODSEEK_FILTERS_URL="$FILTERS_URL" HOST_ALLOWED="$HOST_ALLOWED" HOST_OTHER="$HOST_OTHER" \
  PODSEEK_OTHER_URL="$OTHER_URL" PODSEEK_OPTIONS_URL="$OPTIONS_URL" PODSEEK_STRESS_URL="$STRESS_URL" \
  SCREENSHOT_DIR="$BUILD_DIR/screenshots" \
    node --test --test-concurrency=1 --test-reporter=spec ${BROWSER_TESTS:-./*.test.mjs}
) || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- server log ---" >&2
  tail -n 50 "$WORK/server.log" >&2
fi
exit $status
