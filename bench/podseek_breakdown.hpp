// Where podseek's query time goes: each stage of Searcher::search run on its own, with the
// same query instances, so the README can say why a class is slower than SQLite and what a
// fix would save. The stages mirror searcher.cpp (kept in step by hand).
// Thread safety: single-threaded.
#pragma once

#include <string>
#include <vector>

#include "bench/query_mix.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek::bench {

struct StageTimes {
  QueryClass kind = QueryClass::kBrowse;
  double full_ms = 0;            // Searcher::search, everything
  double build_ms = 0;           // parse + QueryBuilder (synonyms, vocabulary lookups)
  double top10_ms = 0;           // the episode Enquire for a page, Xapian's default checkatleast
  double exact_facets_ms = 0;    // the same with the facet spies (the searcher's) and checkatleast = doccount
  double builtin_facets_ms = 0;  // the same with Xapian's built-in spies, the plan of remote shards
  double chapter_queries_ms = 0; // the chapter Enquire of the page (one for all its results)
  double segment_queries_ms = 0; // the transcript-segment Enquire of the page
  double spelling_ms = 0;        // spelling_correction on the query
  double render_ms = 0;          // decoding the page's stored episodes and their snippets
  double reopen_ms = 0;          // Database::reopen(), done before every search
};

// Mean milliseconds per stage and class over the queries, after one warm-up pass.
std::vector<StageTimes> podseek_breakdown(const std::string& db_path, const SynonymTable& synonyms,
                                          const std::vector<std::vector<BenchQuery>>& queries_by_class);

// A markdown table of the stage times.
std::string breakdown_table(const std::vector<StageTimes>& stages);

}  // namespace podseek::bench
