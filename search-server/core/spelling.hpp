// "Did you mean": a corrected spelling of a query, word by word, from the index's spelling
// table (built from titles, guests, chapters and notes). Only words the index does not know
// are corrected, so a correct word is never turned into another.
// Thread safety: reads the caller's database handle.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace podseek {

// The query with its unknown words corrected, or nullopt when nothing needs or has a
// correction. With partial, the last word (still being typed) is left alone. A word is known
// when the index has it or its stem in one of `languages` (base codes; empty means {"en"}).
std::optional<std::string> spelling_correction(const Xapian::Database& db, const std::string& query, bool partial,
                                               const std::vector<std::string>& languages = {});

}  // namespace podseek
