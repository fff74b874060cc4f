#!/usr/bin/env python3
"""Time every browsing endpoint of podseek-server (all but /api/search): the first request after a
start (nothing cached) and the median of the warm ones, with the body's size.

usage: bench/browse_latency.py SERVER_BINARY INDEX [--warm N]

Starts SERVER_BINARY --db INDEX --port 0 --web '' on 127.0.0.1 once per endpoint (so each first
request is a first one), reads an episode id, number, podcast and guest from the index's own lists,
and prints one Markdown table row per endpoint: path, first ms, warm median ms, bytes. The episodes
sampled are the newest and the oldest reachable by paging (page 10,000 at most, SearchLimits::kMaxPage).
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request


def start(server, index):
    proc = subprocess.Popen([server, "--db", index, "--host", "127.0.0.1", "--port", "0", "--web", "",
                             "--access-log", "off"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith("listening on "):
            return proc, line.split()[-1].strip()
    raise SystemExit("the server did not start")


def get(base, path):
    began = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=600) as reply:
        body = reply.read()
    return (time.perf_counter() - began) * 1000, body


def stop(proc):
    proc.terminate()
    proc.wait(timeout=30)


def sample_paths(server, index):
    proc, base = start(server, index)
    try:
        newest = json.loads(get(base, "/api/episodes?per_page=1")[1])
        episode = newest["episodes"][0]
        oldest = json.loads(get(base, f"/api/episodes?per_page=1&page={min(newest['total'], 10000)}")[1])["episodes"][0]
        podcasts = json.loads(get(base, "/api/podcasts")[1])["podcasts"]
    finally:
        stop(proc)
    quoted = urllib.parse.quote(episode["id"], safe="")
    guest = urllib.parse.quote((episode.get("guests") or ["nobody"])[0], safe="")
    return ["/api/suggest?q=tra", "/api/guests", "/api/topics", "/api/site", f"/api/episodes/{episode['episode']}",
            f"/api/episodes/{quoted}", f"/api/episodes/{urllib.parse.quote(oldest['id'], safe='')}",
            f"/api/episodes/{quoted}/related", "/api/podcasts",
            f"/api/podcasts/{urllib.parse.quote(podcasts[0]['id'], safe='')}", f"/api/guests/{guest}", "/healthz",
            "/metrics"]


def main():
    server, index = sys.argv[1], sys.argv[2]
    warm = int(sys.argv[sys.argv.index("--warm") + 1]) if "--warm" in sys.argv else 5
    print("| endpoint | first (ms) | warm median (ms) | bytes |\n| --- | ---: | ---: | ---: |")
    for path in sample_paths(server, index):
        proc, base = start(server, index)
        try:
            try:
                first, body = get(base, path)
                times = [get(base, path)[0] for _ in range(warm)]
                print(f"| `{path}` | {first:.1f} | {statistics.median(times):.1f} | {len(body)} |", flush=True)
            except urllib.error.HTTPError as error:
                print(f"| `{path}` | HTTP {error.code} | | |", flush=True)
        finally:
            stop(proc)


if __name__ == "__main__":
    main()
