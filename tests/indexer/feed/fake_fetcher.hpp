// A FeedFetcher for tests: answers from a map of URL -> body; anything else is a 404. A guarded
// fetch follows the `redirects` map (URL -> where it redirects), asking the check at every hop.
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
  std::map<std::string, std::string> redirects;                // URL -> Location, for guarded fetches

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

  FetchResult fetch_guarded(const std::string& url, const RequestCheck& check) override {
    std::string current = url;
    for (int hop = 0; hop < 10; ++hop) {
      if (auto refused = check(current)) return {"", current, current + ": " + *refused, 0};
      auto redirect = redirects.find(current);
      if (redirect == redirects.end()) return fetch(current);
      requests.push_back(current);
      current = redirect->second;
    }
    return {"", current, current + ": too many redirects", 0};
  }
};

// The text of a fixture under tests/fixtures/feeds/.
std::string fixture_path(const std::string& name);
std::string read_fixture(const std::string& name);
std::string read_file(const std::string& path);

}  // namespace podseek::testing
