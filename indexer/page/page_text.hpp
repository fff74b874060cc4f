// Text helpers of the episode page importer: where a sentence starts, and the ASCII helpers it uses.
// Thread safety: pure functions.
#pragma once

#include <string>

#include "common/ascii_text.hpp"

namespace podseek::page_text {

using ascii::ends_with_nocase;
using ascii::is_digit;
using ascii::is_lower;
using ascii::is_space;
using ascii::is_upper;
using ascii::trim;

// A sentence starts at `at`: an upper-case letter followed by a lower-case letter or a space
// ("In this", "A conversation"), not an acronym or a domain ("FM", "RPC").
inline bool starts_sentence(const std::string& s, std::size_t at) {
  return at + 1 < s.size() && is_upper(s[at]) && (is_lower(s[at + 1]) || s[at + 1] == ' ');
}

// Like starts_sentence, but a whole word then a lower-case word: "In this", not "Telemetry,".
inline bool starts_sentence_word(const std::string& s, std::size_t at) {
  if (at >= s.size() || !is_upper(s[at])) return false;
  std::size_t i = at + 1;
  while (i < s.size() && is_lower(s[i])) ++i;
  return i > at + 1 && i + 1 < s.size() && s[i] == ' ' && is_lower(s[i + 1]);
}

}  // namespace podseek::page_text
