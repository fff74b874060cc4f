// The one order in which browsing lists episodes: newest first (published date, then episode
// number), over every episode or those a filter query keeps; and the short reference to an episode
// read from its document's values without decoding the stored episode.
// Thread safety: pure functions over the caller's database handle.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace podseek {

struct EpisodeRef {
  std::string id;
  std::optional<int> number;
  std::string title;
};

// Episode documents matching `filter` (a boolean query; an empty Query means every episode),
// newest first, from `first`, at most `count`.
Xapian::MSet newest_episodes(Xapian::Database& db, const Xapian::Query& filter, Xapian::doccount first,
                             Xapian::doccount count);
// The same, oldest first.
Xapian::MSet oldest_episodes(Xapian::Database& db, const Xapian::Query& filter, Xapian::doccount first,
                             Xapian::doccount count);

// The reference of an episode document; `title` is left empty unless with_title.
EpisodeRef episode_ref(const Xapian::Document& doc, bool with_title);

}  // namespace podseek
