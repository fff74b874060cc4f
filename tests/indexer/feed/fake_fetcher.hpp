// A FeedFetcher for tests: answers from a map of URL -> body; anything else is a 404.
// Thread safety: none needed (one test at a time).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/feed/feed_fetcher.hpp"

namespace podseek::testing {

class FakeFetcher : public FeedFetcher {
 public:
  std::map<std::string, std::string> bodies;
  std::vector<std::string> requests;
  std::map<std::string, std::vector<std::string>> addresses;  // host -> what resolve_host() answers

  std::vector<std::string> resolve_host(const std::string& host) override {
    auto found = addresses.find(host);
    return found == addresses.end() ? std::vector<std::string>{} : found->second;
  }

  FetchResult fetch(const std::string& url) override {
    requests.push_back(url);
    auto found = bodies.find(url);
    if (found == bodies.end()) return {"", url, url + ": HTTP 404", 404};
    return {found->second, url, "", 200};
  }
};

// The text of a fixture under tests/fixtures/feeds/.
std::string fixture_path(const std::string& name);
std::string read_fixture(const std::string& name);
std::string read_file(const std::string& path);

}  // namespace podseek::testing
