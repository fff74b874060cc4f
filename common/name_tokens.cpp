// Tokens for guest inference (see name_tokens.hpp).
#include "common/name_tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace podseek {
namespace {

std::vector<UChar32> code_points(const std::string& text) {
  std::vector<UChar32> out;
  int32_t at = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (at < length) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, length, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

std::string to_utf8(const std::vector<UChar32>& points, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) icu::UnicodeString(points[i]).toUTF8String(out);
  return out;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c); }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
// Characters that may stand inside a word's core; anything else at its ends is punctuation.
bool is_core(UChar32 c) { return u_isalnum(c) || c == '@' || c == '#' || c == '_' || c == '/'; }

void classify(NameToken& token, const std::vector<UChar32>& core) {
  if (core.empty()) return;
  bool any_lower = false;
  for (UChar32 c : core) {
    any_lower = any_lower || u_islower(c);
    token.has_digit = token.has_digit || u_isdigit(c);
  }
  const bool first_upper = u_isupper(core[0]) || u_istitle(core[0]);
  token.capitalised = first_upper && any_lower;
  token.lowercase = u_islower(core[0]);
  token.initial = core.size() == 1 && first_upper && token.after.rfind('.', 0) == 0;
  const std::size_t n = core.size();
  token.possessive = n > 2 && is_apostrophe(core[n - 2]) && (core[n - 1] == 's' || core[n - 1] == 'S');
  token.folded = fold_name(token.core);
}

// One white-space-separated piece: punctuation off both ends, the rest is the core.
NameToken make_token(const std::vector<UChar32>& points, std::size_t begin, std::size_t end) {
  std::size_t core_begin = begin;
  while (core_begin < end && !is_core(points[core_begin])) ++core_begin;
  std::size_t core_end = end;
  while (core_end > core_begin && !is_core(points[core_end - 1])) --core_end;
  NameToken token;
  token.before = to_utf8(points, begin, core_begin);
  token.core = to_utf8(points, core_begin, core_end);
  token.after = to_utf8(points, core_end, end);
  classify(token, std::vector<UChar32>(points.begin() + static_cast<std::ptrdiff_t>(core_begin),
                                       points.begin() + static_cast<std::ptrdiff_t>(core_end)));
  return token;
}

}  // namespace

std::string fold_name(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toLower().toUTF8String(out);
  return out;
}

std::vector<NameToken> name_tokens(const std::string& text) {
  std::vector<UChar32> points = code_points(text);
  std::vector<NameToken> tokens;
  std::size_t at = 0;
  while (at < points.size() && tokens.size() < kMaxNameTokens) {
    while (at < points.size() && is_space(points[at])) ++at;
    std::size_t end = at;
    while (end < points.size() && !is_space(points[end])) ++end;
    if (end > at) tokens.push_back(make_token(points, at, end));
    at = end;
  }
  return tokens;
}

}  // namespace podseek
