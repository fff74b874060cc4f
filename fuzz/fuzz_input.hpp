// What every fuzz target shares: the input as text, and a fetcher that fetches nothing.
// Thread safety: libFuzzer calls a target from one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/feed/feed_fetcher.hpp"

namespace podseek::fuzz {

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Every fetch fails, as an unreachable host would: the parser must carry on with a warning.
class NoFetcher : public FeedFetcher {
 public:
  FetchResult fetch(const std::string& url_or_path) override {
    return {"", url_or_path, url_or_path + ": not fetched while fuzzing", 0};
  }
};

}  // namespace podseek::fuzz
