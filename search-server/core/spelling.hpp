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

// Whether the query's last plain word is searched as a prefix (its completions) rather than as a
// word that may be misspelt. One rule for as-you-type (partial) and Enter (not partial), so both
// show the same: a word that begins no longer indexed word is never a prefix (a typo such as
// "stenburg" is then corrected while it is typed); a word that does begin some is a prefix while
// typed, and also after Enter when the index does not know it as a word ("webtr" keeps finding
// WebTransport instead of being corrected to "web").
// A word is known as in spelling_correction.
bool last_word_is_prefix(const Xapian::Database& db, const std::string& query, bool partial,
                         const std::vector<std::string>& languages = {});

}  // namespace podseek
