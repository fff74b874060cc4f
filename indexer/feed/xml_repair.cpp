// Escaping bare ampersands (see xml_repair.hpp).
#include "indexer/feed/xml_repair.hpp"

#include "common/ascii_text.hpp"

namespace podseek::xml {
namespace {

constexpr std::size_t kMaxReferenceBytes = 40;  // "&" name ";" longer than this is no reference

bool name_start(char c) { return ascii::is_alpha(c) || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80; }
bool name_char(char c) { return name_start(c) || ascii::is_digit(c) || c == '.' || c == '-'; }
bool hex_digit(char c) { return ascii::is_digit(c) || (ascii::to_lower(c) >= 'a' && ascii::to_lower(c) <= 'f'); }

// Whether text[at] (an '&') starts "&name;", "&#123;" or "&#x1F;".
bool starts_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 1, end = std::min(text.size(), at + kMaxReferenceBytes);
  if (i < end && text[i] == '#') {
    ++i;
    bool hex = i < end && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    std::size_t digits = i;
    while (i < end && (hex ? hex_digit(text[i]) : ascii::is_digit(text[i]))) ++i;
    return i > digits && i < end && text[i] == ';';
  }
  if (i >= end || !name_start(text[i])) return false;
  while (i < end && name_char(text[i])) ++i;
  return i < end && text[i] == ';';
}

}  // namespace

Repaired escape_bare_ampersands(std::string_view text) {
  Repaired repaired;
  repaired.text.reserve(text.size() + 64);
  struct Section {
    std::string_view open, close;
  };
  const Section kVerbatim[] = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}};
  std::size_t at = 0;
  while (at < text.size()) {
    bool copied = false;
    for (const Section& section : kVerbatim) {
      if (text.compare(at, section.open.size(), section.open) != 0) continue;
      std::size_t close = text.find(section.close, at + section.open.size());
      std::size_t end = close == std::string_view::npos ? text.size() : close + section.close.size();
      repaired.text.append(text.substr(at, end - at));
      at = end, copied = true;
      break;
    }
    if (copied) continue;
    if (text[at] == '&' && !starts_reference(text, at)) {
      repaired.text += "&amp;";
      ++repaired.ampersands;
    } else {
      repaired.text += text[at];
    }
    ++at;
  }
  return repaired;
}

}  // namespace podseek::xml
