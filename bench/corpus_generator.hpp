// A deterministic synthetic podcast directory that looks like real show notes: a Zipf vocabulary
// of everyday words, netstack.fm jargon (QUIC, HTTP/3, io_uring …) and a long tail of rare
// words; guests drawn from a pool with a long tail; 5–25 chapters, 50–400-word descriptions and
// show-note links per episode; a few hundred podcasts of very different sizes.
// The same (episodes, seed) gives the same corpus on every machine and library.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek::bench {

struct CorpusOptions {
  std::size_t episodes = 1000;
  std::uint64_t seed = 42;
};

struct SyntheticCorpus {
  std::vector<Podcast> podcasts;
  std::vector<std::string> vocabulary;        // by Zipf rank
  std::vector<bool> is_stopword;              // per vocabulary word (podseek's stop words)
  std::vector<std::uint32_t> occurrences;     // per vocabulary word, over all generated text
  std::size_t episodes = 0;
  std::size_t chapters = 0;
  std::size_t raw_text_bytes = 0;             // titles, guests, hosts, descriptions, chapters, links
};

SyntheticCorpus generate_corpus(const CorpusOptions& options);

// Writes one corpus file per podcast (podcast-0001.json …) into dir, created if missing.
// Returns the number of files. Throws std::runtime_error on I/O failure.
std::size_t write_corpus(const SyntheticCorpus& corpus, const std::string& dir);

}  // namespace podseek::bench
