// Counting list values (see facet_spy.hpp).
#include "search-server/facet_spy.hpp"

#include <algorithm>

#include "common/index_schema.hpp"

namespace podseek {

void ListValueSpy::operator()(const Xapian::Document& doc, double) {
  // NOTES: read values with get_value(slot) only; values_begin() misbehaves inside a spy.
  for (const auto& value : schema::split_list(doc.get_value(slot_))) counts_[value]++;
}

std::vector<FacetValue> ListValueSpy::counts() const {
  std::vector<FacetValue> out;
  for (const auto& [value, count] : counts_) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  return out;
}

}  // namespace podseek
