// The search core: runs a SearchRequest against the index and returns ranked episodes with
// their matching chapters and transcript segments, exact facet counts, and spelling help.
// Knows nothing of HTTP. Xapian errors are caught here and become typed Errors.
// Thread safety: search() may be called from many threads at once (each uses its own
// database handle through the IndexReader).
#pragma once

#include <optional>
#include <string>

#include "common/status.hpp"
#include "search-server/core/facet_spy.hpp"
#include "search-server/core/facets.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/revision_cache.hpp"
#include "search-server/core/search_types.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek {

struct SearcherOptions {
  std::string deep_link_template;   // "" = each podcast's own template from the index
  unsigned prefix_expansion = 30;   // completions of a partial word
  int max_transcript_hits = 5;
  bool strict_shards = false;  // a shard that does not answer fails the search (Unavailable)
  // The facet plan on one local database, for tests that compare plans (facet_spy.hpp); by
  // default kFacetRow on an index whose every episode has a facet row, else kSlotRuns. kBuiltIn
  // is the plan of a sharded index (a stub), whatever this says; it also keeps no browse counts.
  std::optional<FacetSpyPlan> local_facet_plan;
};

class Searcher {
 public:
  Searcher(IndexReader& reader, SynonymTable synonyms, SearcherOptions options = {})
      : reader_(reader), synonyms_(std::move(synonyms)), options_(std::move(options)) {}

  // InvalidArgument for a request out of bounds (see SearchLimits); Unavailable when the
  // index cannot be read.
  Expected<SearchResponse> search(const SearchRequest& request) const;

  const SynonymTable& synonyms() const { return synonyms_; }

 private:
  SearchResponse run(Xapian::Database& db, const SearchRequest& request) const;
  FacetSpyPlan facet_spy_plan(const Xapian::Database& db) const;

  IndexReader& reader_;
  SynonymTable synonyms_;
  SearcherOptions options_;
  // The facet counts of a browse without filters (every episode), kept per index revision.
  RevisionCache<FacetCounts> every_episode_counts_;
};

// Checks a request against SearchLimits; the message names the parameter.
std::optional<Error> validate_search_request(const SearchRequest& request);

}  // namespace podseek
