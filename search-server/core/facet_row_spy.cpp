// Facet counts from one value a match (see facet_row_spy.hpp).
#include "search-server/core/facet_row_spy.hpp"

#include "search-server/core/facet_spy.hpp"

namespace podseek {

void FacetRowSpy::operator()(const Xapian::Document& doc, double) {
  const std::string row = doc.get_value(schema::kFacetRowSlot);
  const bool whole = schema::visit_facet_row(row, [this](std::size_t run, std::string_view value) {
    Counts& counts = counts_[run];
    auto found = counts.find(value);
    if (found != counts.end()) {
      ++found->second;
    } else {
      counts.emplace(std::string(value), 1);
    }
  });
  if (!whole) ++damaged_rows_;
}

std::vector<FacetValue> FacetRowSpy::counts(std::size_t run) const {
  std::vector<FacetValue> out;
  out.reserve(counts_[run].size());
  for (const auto& [value, count] : counts_[run]) out.push_back({value, count});
  sort_by_count(out);
  return out;
}

bool has_facet_rows(const Xapian::Database& db) {
  return db.get_value_freq(schema::kFacetRowSlot) == db.get_termfreq(schema::kind_term(schema::kKindEpisode));
}

}  // namespace podseek
