// A listener naming an episode by its number: "episode 7", "ep. 7", "#7", "ep7", "Folge 12",
// "épisode 3", "aflevering 4". Where the index has such an episode, the words that name it are
// not searched for; the named episode (of every podcast that has that number) ranks first, above
// anything the other words match, so "episode 7 quic" is episode 7, then the other QUIC episodes.
// Only the words a query starts with count (not "HTTP 3", not "RFC 9000"). Knows nothing of HTTP.
// Thread safety: pure functions.
#pragma once

#include <optional>

#include <xapian.h>

#include "search-server/core/query_syntax.hpp"

namespace podseek {

// Numbers above this are not episode numbers (a year, an RFC, a port).
inline constexpr int kMaxNamedEpisodeNumber = 99999;

struct NamedEpisode {
  int number = 0;
  std::size_t words = 0;  // how many of the query's first words name it (1 or 2)
};

// The episode number the query names, if it names one: its first plain words are an episode word
// ("episode", "ep", "eps", "folge", "episodio", "aflevering", "avsnitt", "afsnit", "jakso",
// "odcinek", "dil", "epizoda", "bolum", folded) and a number, or "#N", or "epN" / "episodeN".
std::optional<NamedEpisode> named_episode(const QueryNode& root);

// Matches the episodes numbered `number` only, with a weight above any the words give
// (a FixedWeightPostingSource filtered by the number slot; both run on xapian-tcpsrv).
Xapian::Query named_episode_query(int number);

}  // namespace podseek
