// Small text helpers for the episode page importer: ASCII character classes and trimming.
// Thread safety: pure functions.
#pragma once

#include <cctype>
#include <string>

namespace podseek::page_text {

inline bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
inline bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
inline bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
inline bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

inline std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

inline bool ends_with_nocase(const std::string& s, const std::string& suffix) {
  if (suffix.empty() || s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) !=
        std::tolower(static_cast<unsigned char>(suffix[i]))) {
      return false;
    }
  }
  return true;
}

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
