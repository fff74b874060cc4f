// Browsing the index without a query: the episode list, one episode in full (with the episodes
// before and after it), every podcast, one podcast's page, every guest and every topic with their
// episodes, one guest's episodes and where they speak, and the index's health. Knows nothing of HTTP.
// Thread safety: all methods may be called from many threads at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/status.hpp"
#include "common/stored_episode.hpp"
#include "search-server/core/episode_order.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/filter_names.hpp"
#include "search-server/core/request_limits.hpp"
#include "search-server/core/revision_cache.hpp"

namespace podseek {

struct EpisodeDetail {
  StoredEpisode stored;
  std::vector<std::string> chapter_links;  // deep link of each chapter, in chapter order
  std::optional<EpisodeRef> previous;      // the podcast's episode published just before, if any
  std::optional<EpisodeRef> next;          // and just after
};

struct EpisodeList {
  int total = 0;
  int page = 1;
  int per_page = SearchLimits::kDefaultPerPage;
  std::vector<StoredEpisode> episodes;  // newest first
};

// A guest or topic with how many episodes have it and the newest of them.
struct NamedEpisodes {
  std::string name;                  // as its newest episode writes it
  int count = 0;                     // every episode that has it (exact)
  std::vector<EpisodeRef> episodes;  // its newest kListedEpisodes, newest first

  static constexpr int kListedEpisodes = 10;
};

// One page of guests or topics: total is how many names there are in all.
struct NamedList {
  int total = 0;
  int page = 1;
  int per_page = SearchLimits::kDefaultPerPage;
  std::vector<NamedEpisodes> items;
};

// A podcast as the index's metadata describes it (no episodes in `podcast.episodes`).
struct PodcastInfo {
  std::string id;  // podcast_id(title): the part of its episode ids before '/'
  Podcast podcast;
  int episode_count = 0;
};

struct PodcastPage {
  PodcastInfo info;
  std::vector<std::string> hosts;  // of its newest kHostSampleEpisodes episodes, most frequent first
  EpisodeList episodes;            // newest first

  static constexpr int kHostSampleEpisodes = 50;
};

// A passage of a transcript said by someone, for the guest page.
struct SpokenMoment {
  std::string episode_id;
  int start_seconds = 0;
  std::string text;  // plain text, at most kMaxTextBytes (cut at a space, with "…")
  std::string deep_link;

  static constexpr std::size_t kMaxTextBytes = 240;
};

struct GuestEpisodes {
  std::string name;                  // as the episodes write it
  EpisodeList episodes;              // newest first
  std::vector<SpokenMoment> spoken;  // per episode on this page, its first kSpokenPerEpisode passages

  static constexpr int kSpokenPerEpisode = 3;
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
  // Every podcast in the index, by title.
  Expected<std::vector<PodcastInfo>> podcasts() const;
  // One podcast by its id, with one page of its episodes. NotFound for an unknown id,
  // InvalidArgument for page/per_page out of bounds.
  Expected<PodcastPage> podcast(const std::string& id, int page, int per_page) const;
  // One guest by name (compared folded, so case and accents do not matter), with one page of
  // their episodes and the transcript passages they speak in those. NotFound when no episode
  // has that guest, InvalidArgument for paging out of bounds or a name over kMaxQueryBytes.
  Expected<GuestEpisodes> guest(const std::string& name, int page, int per_page) const;
  // One page of every guest, by folded name (so case and accents do not part two spellings), or
  // of every topic, in the order of the topics file. Read from the filter terms' list (counts
  // from their frequencies; the list kept per index revision) and, per name on the page, its
  // newest kListedEpisodes episodes: kListedEpisodes × per_page documents at most. The topics
  // (as many as the topics file names) are read whole once per revision, newest episodes included.
  // InvalidArgument for page/per_page out of bounds.
  Expected<NamedList> guests(int page, int per_page) const;
  Expected<NamedList> topics(int page, int per_page) const;
  Expected<IndexHealth> health() const;

 private:
  IndexReader& reader_;
  std::string deep_link_template_;
  // Every guest (term order), and every topic (topics-file order) with its newest episodes, per index revision.
  RevisionCache<std::vector<FilterName>> guest_names_;
  RevisionCache<NamedList> topic_lists_;
};

}  // namespace podseek
