// The facet side of a search: the filters a request chooses (guest, topic, podcast; values of one
// facet OR-ed, facets AND-ed) and each facet's exact counts over every matching episode, a chosen
// facet counted without its own filter so that its other values keep their counts.
// Every facet is one entry of facet_table(): adding a facet is adding an entry (and its slots
// and filter term in common/index_schema.hpp).
// Counting uses Xapian's built-in ValueCountMatchSpy only (facet_spy.hpp), so it also runs on
// remote shards served by xapian-tcpsrv.
// Thread safety: uses only the database handle it is given; the table is immutable.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search-server/core/facet_spy.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

// One facet: where its values are counted, how a chosen value filters, and where the request and
// the response keep it.
struct FacetDefinition {
  std::string_view name;                   // "guest"
  Xapian::valueno first_slot;              // the run of slots holding one value each
  std::size_t slots;                       // 1 for a facet with one value per episode
  std::string (*filter_term)(std::string_view folded_value);
  std::vector<std::string> SearchRequest::*chosen;
  std::vector<FacetValue> SearchResponse::*values;  // the listed values and counts
  int SearchResponse::*distinct_values;             // how many values the matches have
};

// Every facet, in the order responses list them.
const std::vector<FacetDefinition>& facet_table();

// Which facet filters to apply: all of them, or all but one (to count that facet's values).
struct FacetFilters {
  const SearchRequest& request;
  // The episode-kind filter with the chosen values of every facet but `skip`'s.
  Xapian::Query build(const FacetDefinition* skip = nullptr) const;
};

// The query restricted by the filter (the filter alone for a query that matches everything).
Xapian::Query filtered(const BuiltQuery& built, const Xapian::Query& filter);

// The spies one run of the episode query counts its facets with, one per facet of the table.
// (Held by pointer: an attempt that wins is moved, and Xapian's spies cannot be.)
struct FacetSpies {
  FacetSpies();
  std::vector<std::unique_ptr<FacetSpy>> by_facet;  // in facet_table() order
  void add_to(Xapian::Enquire& enquire) const;
};

// Fills the response's facet lists: a facet without a chosen value takes the spies' counts of the
// query's run; a chosen one is counted again without its own filter. Lists hold the request's
// facet_limit most frequent values and the chosen ones.
void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies);

}  // namespace podseek
