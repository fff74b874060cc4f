// Reading personal names out of tokens (name_tokens.hpp): one name is 2–4 capitalised words,
// with initials ("Ashley G. Williams") and lowercase particles inside ("Jordan van den Lamb");
// a list is names joined by commas, "and", "&" (or "und", "en", "y"). Words that are never part
// of a name (a stop-list: "Episode", "Guest", "Live", weekdays, …) end a name.
// Thread safety: pure functions over constant tables.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/name_tokens.hpp"

namespace podseek {

// A name found in tokens: its words joined by single spaces, and where its words are.
struct NameSpan {
  std::string text;
  std::size_t begin = 0;  // index of the first word
  std::size_t end = 0;    // one past the last word
  int capitalised_words = 0;
};

// A word that may not be part of a name (case-blind): articles, cue words, show words, dates.
bool is_stop_word(const NameToken& token);

// "van", "de", "von", "den", "der", "da", "di", "del", "la", "le", "bin", "ter", …
bool is_name_particle(const NameToken& token);

// The longest run of name words starting at `at` (a capitalised word, then capitalised words,
// initials and particles, never across punctuation other than an initial's dot, never ending in
// a particle). Its capitalised_words may be 1 or more than 4: callers check the count.
NameSpan name_run_at(const std::vector<NameToken>& tokens, std::size_t at);

// The names of a list that starts at `at`, after role words and a possessive owner that stand
// before a name ("artist Rob McCallum", "Apple's Tom Boger", "Dr Emma Southon"). At most
// kMaxListedNames names.
constexpr std::size_t kMaxListedNames = 12;
std::vector<NameSpan> name_list_at(const std::vector<NameToken>& tokens, std::size_t at);

}  // namespace podseek
