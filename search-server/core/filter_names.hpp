// The names behind a boolean filter (guests, topics, categories) read from the index's term list
// instead of its documents: each folded name with its exact episode count (the term's frequency,
// which a multi-database sums over its shards), and a name as the episodes write it, from one
// document (the newest episode that has it).
// Thread safety: pure functions over the caller's database handle.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace podseek {

struct FilterName {
  std::string folded;            // the term without its prefix
  Xapian::doccount episodes = 0; // how many episodes have it (exact)
};

// Every term of the prefix (schema::kGuestPrefix, …), in term order (folded names, byte order), at
// most `max_names`.
std::vector<FilterName> filter_names(const Xapian::Database& db, std::string_view prefix, std::size_t max_names);

// The value of the list slot (guests, topics, categories) of `doc` whose folded form is `folded`;
// "" when none is.
std::string written_name(const Xapian::Document& doc, Xapian::valueno slot, const std::string& folded);

}  // namespace podseek
