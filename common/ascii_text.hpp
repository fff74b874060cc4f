// The one home of the small ASCII text helpers every layer needs: character classes, case and
// trimming. They treat bytes >= 0x80 as letters of no case (UTF-8 passes through unchanged); real
// text analysis (case folding, accents, word breaks) is text_analyzer.hpp's.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace podseek::ascii {

// Space, tab, newline, carriage return, form feed and vertical tab (C's isspace in the C locale).
constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
constexpr char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// The text with A-Z lower-cased; every other byte as it is.
std::string lower(std::string_view text);

// The text without leading and trailing is_space characters.
std::string trim(std::string_view text);
std::string_view trim_view(std::string_view text);

// Case-insensitive (A-Z only) comparisons.
bool equals_nocase(std::string_view a, std::string_view b);
bool starts_with_nocase(std::string_view text, std::string_view prefix);
bool ends_with_nocase(std::string_view text, std::string_view suffix);

}  // namespace podseek::ascii
