// Fuzz target: RSS feeds (indexer/feed/rss_parser) with every attachment fetch failing.
// InputError (not a feed) is the only allowed failure.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/rss_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  podseek::fuzz::NoFetcher fetcher;
  try {
    podseek::parse_rss(podseek::fuzz::as_text(data, size), "https://fuzz.example.com/feed.xml", fetcher);
  } catch (const podseek::InputError&) {
  }
  return 0;
}
