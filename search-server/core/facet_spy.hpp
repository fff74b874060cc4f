// Exact facet counts. A facet's values sit one per slot in a bounded run of slots
// (schema::kGuestFacetFirstSlot...), filled from the run's first slot on without gaps
// (indexer/index/episode_documents.cpp, add_facet_slots). Two plans count them, with the same counts:
// - kBuiltIn: Xapian's ValueCountMatchSpy, one per slot of the run, counts summed. The only kind
//   of match spy the remote backend (stock xapian-tcpsrv) can run and merge across shards; it reads
//   every slot of the run for every match (24 for a guest run, most of them empty).
// - kSlotRuns: one spy of our own per run, which stops at a match's first empty slot (an episode
//   with 2 guests costs 3 reads, not 24) and counts in a hash map. Local databases only.
// Each value appears at most once per episode, so a sum is a count of episodes.
// Run the search with checkatleast = doccount so that every match is seen.
// Thread safety: one FacetSpy per search.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "search-server/core/search_types.hpp"

namespace podseek {

// kFacetRow (facet_row_spy.hpp) counts every facet from one value a match, on an index that has it.
enum class FacetSpyPlan { kBuiltIn, kSlotRuns, kFacetRow };

class FacetSpy {
 public:
  // Counts the values of slots first_slot .. first_slot + slots - 1.
  FacetSpy(Xapian::valueno first_slot, std::size_t slots, FacetSpyPlan plan = FacetSpyPlan::kBuiltIn);
  ~FacetSpy();

  // Registers the spies; they must outlive the enquire's get_mset().
  void add_to(Xapian::Enquire& enquire) const;

  // Values by count (highest first), then by name.
  std::vector<FacetValue> counts() const;

 private:
  class SlotRunSpy;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;  // kBuiltIn
  std::unique_ptr<SlotRunSpy> run_spy_;                              // kSlotRuns
};

// Orders counts by count (highest first), then by value.
void sort_by_count(std::vector<FacetValue>& counts);

// The first `limit` values of counted (sorted by count), and after them any value of `chosen`
// (compared ignoring ASCII case) that did not make the cut, so a chosen filter keeps its count.
std::vector<FacetValue> most_frequent(std::vector<FacetValue> counted, std::size_t limit,
                                      const std::vector<std::string>& chosen);

}  // namespace podseek
