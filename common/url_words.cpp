// URL and dotted-name detection for type-ahead and spelling (see url_words.hpp).
#include "common/url_words.hpp"

#include "common/ascii_text.hpp"

namespace podseek {
namespace {

bool is_letter_byte(char c) { return ascii::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

bool within_url(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  std::size_t begin = at, end = at;
  while (begin > 0 && !ascii::is_space(text[begin - 1])) --begin;
  while (end < text.size() && !ascii::is_space(text[end])) ++end;
  std::string_view token = text.substr(begin, end - begin);
  while (!token.empty() && !ascii::is_alnum(token.front())) token.remove_prefix(1);  // "(https://…"
  if (token.find("://") != std::string_view::npos) return true;
  if (ascii::starts_with_nocase(token, "www.")) return true;
  std::size_t at_sign = token.find('@');
  return at_sign != std::string_view::npos && token.find('.', at_sign) != std::string_view::npos;
}

bool is_dotted_name(std::string_view raw_word) {
  for (std::size_t i = 1; i + 1 < raw_word.size(); ++i) {
    if (raw_word[i] == '.' && is_letter_byte(raw_word[i - 1]) && is_letter_byte(raw_word[i + 1])) return true;
  }
  return false;
}

}  // namespace podseek
