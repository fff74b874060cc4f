// The facet side of a search: the filters a request chooses (guest, topic, podcast, language,
// category: values of one facet OR-ed, facets AND-ed; published dates and durations as ranges) and
// each facet's exact counts over every matching episode, a chosen facet counted without its own
// filter so that its other values keep their counts. Each facet is one row of kFacetKinds.
// Thread safety: uses only the database handle it is given.
// Counting uses Xapian's built-in ValueCountMatchSpy (facet_spy.hpp), which also runs on remote
// shards served by xapian-tcpsrv, or on a local database our own cheaper spies with the same counts.
#pragma once

#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/index_schema.hpp"
#include "search-server/core/facet_row_spy.hpp"
#include "search-server/core/facet_spy.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

// One facet: its name in the API, the slot its values are counted from, the boolean term a chosen
// value filters with, and where a request holds its chosen values and a response its counts.
struct FacetKind {
  std::string_view name;
  Xapian::valueno slot;   // the first of a run of `slots` slots holding one value each
  std::size_t slots;      // 1 for a facet with one value per episode
  std::string (*filter_term)(const std::string& chosen);
  std::vector<std::string> SearchRequest::*chosen;
  std::vector<FacetValue> SearchResponse::*listed;
  int SearchResponse::*distinct;
};

// In the order of schema::kFacetRuns (row i counts run i), with its slots.
extern const std::array<FacetKind, schema::kFacetRuns.size()> kFacetKinds;

// Which filters to apply: all of them, or all but one facet's (to count that facet's values).
struct FacetFilters {
  const SearchRequest& request;
  // The episode-kind filter with the date and duration ranges and the chosen values of every
  // facet but skip_slot's.
  Xapian::Query build(Xapian::valueno skip_slot = Xapian::BAD_VALUENO) const;
  // No facet value chosen and no date or duration range: build() is the episode-kind term alone.
  bool none() const;
};

// Every facet's counts, in kFacetKinds order.
using FacetCounts = std::array<std::vector<FacetValue>, schema::kFacetRuns.size()>;

// The facet counts of every episode of the index (a browse without filters), counted by `plan`:
// a pure function of the index revision, which the searcher keeps per revision.
FacetCounts count_every_episode(Xapian::Database& db, FacetSpyPlan plan);

// The query restricted by the filter (the filter alone for a query that matches everything).
Xapian::Query filtered(const BuiltQuery& built, const Xapian::Query& filter);

// The spies one run of the episode query counts its facets with: one per kFacetKinds row, or
// one for them all (kFacetRow). (Held by pointer: an attempt that wins is moved, and Xapian's
// spies cannot be.)
struct FacetSpies {
  explicit FacetSpies(FacetSpyPlan plan = FacetSpyPlan::kBuiltIn);
  FacetSpyPlan plan;  // also the plan of set_facets' own counts
  std::vector<std::unique_ptr<FacetSpy>> spies;  // kBuiltIn, kSlotRuns
  std::unique_ptr<FacetRowSpy> row;              // kFacetRow
  // Counts known already (count_every_episode, kept per revision): no spy is added, these are the counts.
  std::shared_ptr<const FacetCounts> known;
  void add_to(Xapian::Enquire& enquire) const;
  // The counts of kFacetKinds[kind], by count (highest first), then by name.
  std::vector<FacetValue> counts(std::size_t kind) const;
};

// Fills the response's facet lists: a facet without a chosen value takes the spies' counts of the
// query's run; a chosen one is counted again without its own filter. Lists hold the request's
// facet_limit most frequent values and the chosen ones.
void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies);

}  // namespace podseek
