// Counting list values (see facet_spy.hpp).
#include "search-server/core/facet_spy.hpp"

#include <algorithm>
#include <cctype>

#include "common/index_schema.hpp"

namespace podseek {

void ListValueSpy::operator()(const Xapian::Document& doc, double) {
  // NOTES: read values with get_value(slot) only; values_begin() misbehaves inside a spy.
  for (const auto& value : schema::split_list(doc.get_value(slot_))) counts_[value]++;
}

std::vector<FacetValue> ListValueSpy::counts() const {
  std::vector<FacetValue> out;
  for (const auto& [value, count] : counts_) out.push_back({value, count});
  std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

namespace {

bool same_ignoring_ascii_case(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

}  // namespace

std::vector<FacetValue> most_frequent(std::vector<FacetValue> counted, std::size_t limit,
                                      const std::vector<std::string>& chosen) {
  if (counted.size() <= limit) return counted;
  std::vector<FacetValue> out(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(limit));
  if (chosen.empty()) return out;
  for (auto it = counted.begin() + static_cast<std::ptrdiff_t>(limit); it != counted.end(); ++it) {
    bool is_chosen = std::any_of(chosen.begin(), chosen.end(),
                                 [&](const std::string& c) { return same_ignoring_ascii_case(c, it->value); });
    if (is_chosen) out.push_back(*it);
  }
  return out;
}

}  // namespace podseek
