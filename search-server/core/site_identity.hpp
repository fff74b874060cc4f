// What the web page calls itself and offers as example queries when the server's options do not
// say: the podcast's own title, and examples drawn from the index by one rule for any corpus (the
// most frequent meaningful words of episode and chapter titles, the guest heard most often, the most
// frequent topic).
// Thread safety: free functions on the caller's database handle or the shared IndexReader.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/revision_cache.hpp"

namespace podseek {

struct SiteDefaults {
  std::string title;                  // the podcast's title; "podseek" for none or several podcasts
  std::vector<std::string> podcasts;  // every podcast title in the index, sorted
  std::vector<std::string> examples;  // at most kMaxSiteExamples queries, each finding episodes
};

inline constexpr std::size_t kMaxSiteExamples = 4;
inline constexpr std::size_t kMaxSiteTitleWordsScanned = 50000;  // title terms read, per field
inline constexpr std::size_t kMaxSiteExampleCandidates = 40;     // words whose episodes are counted
inline constexpr std::size_t kMaxSiteEpisodesRead = 500;          // episodes read for words written as names

// The words of episode and chapter titles worth offering: not stop words or numbers, at least 3
// letters, in the titles of at least two episodes (one when the index has fewer than four) and of at
// most half of them (a word in nearly every title, such as "episode", tells nothing apart), and not
// a word of a podcast's own title. Words some title writes as a name (QUIC, eBPF: capitals beyond
// the first letter) come first; then the most episodes times how often the word recurs where it is
// said (a subject comes back again and again; a heading's "understanding" is said once). A word
// written as a name is returned as written ("QUIC"), the others folded.
std::vector<std::string> frequent_title_words(const Xapian::Database& db, std::size_t count);

SiteDefaults site_defaults(const Xapian::Database& db);

// site_defaults on the reader's database; Unavailable when the index cannot be read.
Expected<SiteDefaults> read_site_defaults(IndexReader& reader);
// The same, computed once per index revision and kept in `cache`.
Expected<SiteDefaults> read_site_defaults(IndexReader& reader, const RevisionCache<SiteDefaults>& cache);

}  // namespace podseek
