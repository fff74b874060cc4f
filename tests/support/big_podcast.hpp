// A large synthetic podcast (thousands of episodes with chapters, guests and notes) for tests of
// long indexer runs; the same arguments always give the same podcast.
// Thread safety: pure function.
#pragma once

#include <random>
#include <string>

#include "common/corpus_json.hpp"
#include "common/episode.hpp"
#include "tests/temp_dir.hpp"

namespace podseek::testing {

inline const char* const kBigPodcastWords[] = {
    "quic",      "tls",         "rust",   "latency",  "congestion",   "socket", "kernel",   "packet",    "router",
    "dns",       "http",        "tcp",    "udp",      "proxy",        "tokio",  "async",    "buffer",    "stream",
    "handshake", "certificate", "mesh",   "gateway",  "firewall",     "load",   "balancer", "cache",     "protocol",
    "browser",   "server",      "client", "netstack", "webtransport", "ebpf",   "xdp",      "bandwidth", "jitter"};

// Episodes 1..episodes of podcast `title`, each with `chapters` chapters. The last episode's
// title contains marker_word, which appears nowhere else.
inline Podcast big_podcast(const std::string& title, int episodes, int chapters, const std::string& marker_word) {
  std::minstd_rand random(42);
  auto words = [&](int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
      text += (i ? " " : "") + std::string(kBigPodcastWords[random() % std::size(kBigPodcastWords)]);
    }
    return text;
  };
  Podcast podcast{.title = title, .url = "https://big.example/", .description = "A very long-running show."};
  for (int n = 1; n <= episodes; ++n) {
    Episode e{
        .guid = "big-" + std::to_string(n), .number = n, .title = "Episode " + std::to_string(n) + " " + words(4)};
    if (n == episodes) e.title += " " + marker_word;
    e.url = "https://big.example/episodes/" + std::to_string(n);
    e.guests = {"Guest " + std::to_string(n % 97)};
    e.description = words(60);
    e.links = {{"https://big.example/notes/" + std::to_string(n), words(5)}};
    for (int c = 0; c < chapters; ++c) e.chapters.push_back({words(4), c * 300});
    e.duration_seconds = chapters * 300;
    podcast.episodes.push_back(std::move(e));
  }
  return podcast;
}

// Writes a corpus with `episodes` small episodes of a second show into dir: each run with one
// more adds one episode. Returns the file's path.
inline std::string marker_corpus(const TempDir& dir, int episodes) {
  Podcast podcast{.title = "Marker Show"};
  for (int n = 1; n <= episodes; ++n) {
    podcast.episodes.push_back({.guid = "m" + std::to_string(n), .number = n, .title = "Marker " + std::to_string(n)});
  }
  std::string path = dir.file("marker-" + std::to_string(episodes) + ".json");
  save_corpus_file(podcast, path);
  return path;
}

}  // namespace podseek::testing
