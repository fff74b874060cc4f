// The local plan of exact facet counts (FacetSpyPlan::kFacetRow): one match spy for every facet,
// which reads a match's facet row (schema::kFacetRowSlot: all its facet values in one value) once
// and counts each value in its facet's hash map. One value read a match instead of one a slot
// (about 10 for an episode with 2 guests, 3 topics and 2 categories) and no string allocated for a
// value already counted. The counts are those of the slots (schema::facet_row copies them).
// Local databases only: a remote shard (xapian-tcpsrv) runs none but Xapian's built-in spies.
// Thread safety: one spy per search.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/index_schema.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

class FacetRowSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;

  // The values of kFacetRuns[run], by count (highest first), then by name.
  std::vector<FacetValue> counts(std::size_t run) const;

  // Rows that could not be read to their end (0 unless the index is damaged); what they held
  // before the damage is counted.
  std::size_t damaged_rows() const { return damaged_rows_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Counts = std::unordered_map<std::string, int, Hash, std::equal_to<>>;
  std::array<Counts, schema::kFacetRuns.size()> counts_;
  std::size_t damaged_rows_ = 0;
};

// Whether every episode of db has a facet row (an index written before schema 7 has none).
bool has_facet_rows(const Xapian::Database& db);

}  // namespace podseek
