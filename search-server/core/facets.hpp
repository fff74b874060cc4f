// The facet side of a search: the filters a request chooses (guest, topic, podcast; values of one
// facet OR-ed, facets AND-ed) and each facet's exact counts over every matching episode, a chosen
// facet counted without its own filter so that its other values keep their counts.
// Thread safety: uses only the database handle it is given.
#pragma once

#include <memory>
#include <vector>

#include <xapian.h>

#include "common/index_schema.hpp"
#include "search-server/core/facet_spy.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

// Which facet filters to apply: all of them, or all but one (to count that facet's values).
struct FacetFilters {
  const SearchRequest& request;
  // The episode-kind filter with the chosen values of every facet but skip_slot's.
  Xapian::Query build(Xapian::valueno skip_slot = Xapian::BAD_VALUENO) const;
};

// The query restricted by the filter (the filter alone for a query that matches everything).
Xapian::Query filtered(const BuiltQuery& built, const Xapian::Query& filter);

// The spies one run of the episode query counts its facets with.
// (Held by pointer: an attempt that wins is moved, and Xapian's spies cannot be.)
struct FacetSpies {
  std::unique_ptr<ListValueSpy> guests = std::make_unique<ListValueSpy>(schema::kGuestsSlot);
  std::unique_ptr<ListValueSpy> topics = std::make_unique<ListValueSpy>(schema::kTopicsSlot);
  std::unique_ptr<ListValueSpy> podcasts = std::make_unique<ListValueSpy>(schema::kPodcastSlot);
  void add_to(Xapian::Enquire& enquire) const;
};

// Fills the response's facet lists: a facet without a chosen value takes the spies' counts of the
// query's run; a chosen one is counted again without its own filter. Lists hold the request's
// facet_limit most frequent values and the chosen ones.
void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies);

}  // namespace podseek
