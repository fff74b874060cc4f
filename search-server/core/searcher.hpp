// The search core: runs a SearchRequest against the index and returns ranked episodes with
// their matching chapters and transcript segments, exact facet counts, and spelling help.
// Knows nothing of HTTP. Xapian errors are caught here and become typed Errors.
// Thread safety: search() may be called from many threads at once (each uses its own
// database handle through the IndexReader).
#pragma once

#include <string>

#include "common/status.hpp"
#include "search-server/core/facet_spy.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/search_types.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek {

struct SearcherOptions {
  std::string deep_link_template;   // "" = each podcast's own template from the index
  unsigned prefix_expansion = 30;   // completions of a partial word
  int max_transcript_hits = 5;
  bool strict_shards = false;  // a shard that does not answer fails the search (Unavailable)
  // Facets counted by Xapian's built-in spies even on one local database (facet_spy.hpp: the
  // plan remote shards need; the same counts, slower): for tests that compare the two plans.
  bool builtin_facet_spies = false;
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
};

// Checks a request against SearchLimits; the message names the parameter.
std::optional<Error> validate_search_request(const SearchRequest& request);

}  // namespace podseek
