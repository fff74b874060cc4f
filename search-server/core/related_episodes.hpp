// Related episodes: the episodes most like one episode, found by Xapian's relevance feedback as
// Omega's MORELIKE does. The episode's document is the relevance set (RSet); its expand set
// (ESet) gives the words that best tell it apart: words of its subject (title, guests, hosts,
// chapters, description, link labels, topics; never link URLs), not stop words, not boolean, id or
// stemmed terms, and found in some other document too. The other episodes are searched with those
// words and ranked in tiers: those sharing a guest first, then those sharing a topic, then the rest,
// each tier by relevance; each comes with what it shares (guests, topics, subject words) as its
// reasons, and one that shares none of these (it matched by URL or transcript words) is left out.
// Knows nothing of HTTP.
// Thread safety: related() may be called from many threads at once (each uses its own database
// handle through the IndexReader).
#pragma once

#include <string>
#include <vector>

#include "common/status.hpp"
#include "common/stored_episode.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/request_limits.hpp"

namespace podseek {

struct RelatedEpisode {
  StoredEpisode stored;
  double score = 0;                        // Xapian's weight of the words' match (within a tier)
  std::vector<std::string> shared_guests;  // guests both episodes have
  std::vector<std::string> shared_topics;  // topics both episodes have
  // Searched words that are of its subject too, most telling first (at most kReasonsPerEpisode).
  std::vector<std::string> words;
  // What it shares, to show: shared guests, then topics, then words; never empty.
  std::vector<std::string> reasons() const;
};

struct RelatedResult {
  std::string id;                       // the episode the others are related to
  std::vector<std::string> terms;       // the words searched for (its expand set), most telling first
  std::vector<RelatedEpisode> related;  // best first (guest tier, topic tier, rest); never the episode itself
};

class RelatedEpisodes {
 public:
  explicit RelatedEpisodes(IndexReader& reader) : reader_(reader) {}

  // InvalidArgument for limit out of 1..RelatedLimits::kMaxLimit; NotFound when no episode has
  // that id; Unavailable when the index cannot be read.
  Expected<RelatedResult> related(const std::string& episode_id, int limit = RelatedLimits::kDefaultLimit) const;

 private:
  IndexReader& reader_;
};

// The word a term of the expand set stands for ("Ainden" -> "inden", "XTquic" -> "quic",
// "tokio" -> "tokio"), as shown in reasons.
std::string related_term_word(const std::string& term);

}  // namespace podseek
