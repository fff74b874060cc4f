// Exact facet counts: a Xapian MatchSpy that counts, over every matching episode document,
// each value of a slot that holds a list (guests, topics). Run the search with
// checkatleast = doccount so that every match is seen.
// Thread safety: one spy per search.
#pragma once

#include <unordered_map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search-server/core/search_types.hpp"

namespace podseek {

class ListValueSpy : public Xapian::MatchSpy {
 public:
  explicit ListValueSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double weight) override;

  // Values by count (highest first), then by name.
  std::vector<FacetValue> counts() const;

 private:
  Xapian::valueno slot_;
  std::unordered_map<std::string, int> counts_;  // tens of thousands of guests in a directory
};

// The first `limit` values of counted (sorted by count), and after them any value of `chosen`
// (compared ignoring ASCII case) that did not make the cut, so a chosen filter keeps its count.
std::vector<FacetValue> most_frequent(std::vector<FacetValue> counted, std::size_t limit,
                                      const std::vector<std::string>& chosen);

}  // namespace podseek
