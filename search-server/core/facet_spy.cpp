// Facet counting with built-in spies (see facet_spy.hpp).
#include "search-server/core/facet_spy.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

namespace podseek {

// kSlotRuns: a match's values from the run's first slot up to its first empty one.
class FacetSpy::SlotRunSpy : public Xapian::MatchSpy {
 public:
  SlotRunSpy(Xapian::valueno first_slot, std::size_t slots) : first_slot_(first_slot), slots_(slots) {}

  void operator()(const Xapian::Document& doc, double) override {
    for (std::size_t i = 0; i < slots_; ++i) {
      std::string value = doc.get_value(first_slot_ + static_cast<Xapian::valueno>(i));
      if (value.empty()) return;  // the run has no gaps: nothing after the first empty slot
      ++counts_[std::move(value)];
    }
  }

  const std::unordered_map<std::string, int>& counted() const { return counts_; }

 private:
  Xapian::valueno first_slot_;
  std::size_t slots_;
  std::unordered_map<std::string, int> counts_;
};

FacetSpy::FacetSpy(Xapian::valueno first_slot, std::size_t slots, FacetSpyPlan plan) {
  if (plan == FacetSpyPlan::kSlotRuns) {
    run_spy_ = std::make_unique<SlotRunSpy>(first_slot, slots);
    return;
  }
  for (std::size_t i = 0; i < slots; ++i) {
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(first_slot + static_cast<Xapian::valueno>(i)));
  }
}

FacetSpy::~FacetSpy() = default;

void FacetSpy::add_to(Xapian::Enquire& enquire) const {
  if (run_spy_) enquire.add_matchspy(run_spy_.get());
  for (const auto& spy : spies_) enquire.add_matchspy(spy.get());
}

std::vector<FacetValue> FacetSpy::counts() const {
  std::vector<FacetValue> out;
  if (run_spy_) {
    for (const auto& [value, count] : run_spy_->counted()) out.push_back({value, count});
  } else {
    std::map<std::string, int> summed;
    for (const auto& spy : spies_) {
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) {
        summed[*it] += static_cast<int>(it.get_termfreq());
      }
    }
    for (const auto& [value, count] : summed) out.push_back({value, count});
  }
  sort_by_count(out);
  return out;
}

void sort_by_count(std::vector<FacetValue>& counts) {
  std::sort(counts.begin(), counts.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
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
