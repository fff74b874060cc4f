// Exact facet counts with Xapian's built-in ValueCountMatchSpy, the only kind of match spy the
// remote backend (stock xapian-tcpsrv) can run and merge across shards. A facet's values sit one
// per slot in a bounded run of slots (schema::kGuestFacetFirstSlot...); one spy per slot, their
// counts summed. Each value appears at most once per episode, so a sum is a count of episodes.
// Run the search with checkatleast = doccount so that every match is seen.
// Thread safety: one FacetSpy per search.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "search-server/core/search_types.hpp"

namespace podseek {

class FacetSpy {
 public:
  // Counts the values of slots first_slot .. first_slot + slots - 1.
  FacetSpy(Xapian::valueno first_slot, std::size_t slots);

  // Registers every slot's spy; they must outlive the enquire's get_mset().
  void add_to(Xapian::Enquire& enquire) const;

  // Values by count (highest first), then by name.
  std::vector<FacetValue> counts() const;

 private:
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
};

// The first `limit` values of counted (sorted by count), and after them any value of `chosen`
// (compared ignoring ASCII case) that did not make the cut, so a chosen filter keeps its count.
std::vector<FacetValue> most_frequent(std::vector<FacetValue> counted, std::size_t limit,
                                      const std::vector<std::string>& chosen);

}  // namespace podseek
