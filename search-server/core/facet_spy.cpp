// Facet counting with built-in spies (see facet_spy.hpp).
#include "search-server/core/facet_spy.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace podseek {

FacetSpy::FacetSpy(Xapian::valueno first_slot, std::size_t slots) {
  for (std::size_t i = 0; i < slots; ++i) {
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(first_slot + static_cast<Xapian::valueno>(i)));
  }
}

void FacetSpy::add_to(Xapian::Enquire& enquire) const {
  for (const auto& spy : spies_) enquire.add_matchspy(spy.get());
}

std::vector<FacetValue> FacetSpy::counts() const {
  std::map<std::string, int> summed;
  for (const auto& spy : spies_) {
    for (auto it = spy->values_begin(); it != spy->values_end(); ++it) {
      summed[*it] += static_cast<int>(it.get_termfreq());
    }
  }
  std::vector<FacetValue> out;
  for (const auto& [value, count] : summed) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
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
