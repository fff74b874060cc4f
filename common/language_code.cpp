// Language tag normalisation (see language_code.hpp).
#include "common/language_code.hpp"

#include <algorithm>

#include "common/ascii_text.hpp"

namespace podseek {

std::string normalize_language_code(std::string_view tag) {
  std::string_view trimmed = ascii::trim_view(tag);
  std::string_view primary = trimmed.substr(0, trimmed.find_first_of("-_"));
  bool letters = std::all_of(primary.begin(), primary.end(), [](char c) { return ascii::is_alpha(c); });
  if (!letters || primary.size() < 2 || primary.size() > 3) return "";
  std::string_view subtags = trimmed.substr(primary.size());
  bool subtags_ok = std::all_of(subtags.begin(), subtags.end(), [](char c) { return ascii::is_alnum(c) || c == '-' || c == '_'; });
  return subtags_ok ? ascii::lower(primary) : "";
}

}  // namespace podseek
