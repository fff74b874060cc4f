// Browsing the index without a query: the episode list, one episode in full, every guest and
// every topic with their episodes, and the index's health. Knows nothing of HTTP.
// Thread safety: all methods may be called from many threads at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/status.hpp"
#include "common/stored_episode.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/request_limits.hpp"

namespace podseek {

struct EpisodeRef {
  std::string id;
  std::optional<int> number;
  std::string title;
};

struct EpisodeDetail {
  StoredEpisode stored;
  std::vector<std::string> chapter_links;  // deep link of each chapter, in chapter order
};

struct EpisodeList {
  int total = 0;
  int page = 1;
  int per_page = SearchLimits::kDefaultPerPage;
  std::vector<StoredEpisode> episodes;  // newest first
};

struct NamedEpisodes {
  std::string name;
  std::vector<EpisodeRef> episodes;  // newest first
};

struct IndexHealth {
  int episodes = 0;
  int documents = 0;
  unsigned long revision = 0;              // Xapian's revision number of the open index (0: sharded)
  std::optional<long long> committed_at;   // Unix seconds of the last commit, if the index says
};

class Catalog {
 public:
  Catalog(IndexReader& reader, std::string deep_link_template = "")
      : reader_(reader), deep_link_template_(std::move(deep_link_template)) {}

  // InvalidArgument for page/per_page out of bounds.
  Expected<EpisodeList> list_episodes(int page, int per_page) const;
  // By id ("netstack.fm/11") or, where only one podcast has that number, by number ("11").
  // NotFound when there is no such episode, InvalidArgument when a number is ambiguous.
  Expected<EpisodeDetail> episode(const std::string& id_or_number) const;
  Expected<std::vector<NamedEpisodes>> guests() const;
  Expected<std::vector<NamedEpisodes>> topics() const;
  Expected<IndexHealth> health() const;

 private:
  IndexReader& reader_;
  std::string deep_link_template_;
};

}  // namespace podseek
