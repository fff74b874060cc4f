// Choosing how to decode a feed's bytes (see xml_encoding.hpp).
#include "indexer/feed/xml_encoding.hpp"

#include <unicode/unistr.h>

#include "common/ascii_text.hpp"
#include "common/utf8_text.hpp"

namespace podseek::xml {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool any_byte(std::string_view bytes, bool (*test)(unsigned char)) {
  for (char c : bytes)
    if (test(static_cast<unsigned char>(c))) return true;
  return false;
}

bool is_high(unsigned char c) { return c >= 0x80; }
bool is_c1(unsigned char c) { return c >= 0x80 && c <= 0x9F; }
// The five bytes windows-1252 leaves undefined (iconv refuses them).
bool undefined_in_1252(unsigned char c) { return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D; }

bool is_one_of(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* candidate : names)
    if (name == candidate) return true;
  return false;
}

bool starts_with_utf16_or_32_mark(std::string_view bytes) {
  return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" || bytes.find('\0') != std::string_view::npos;
}

}  // namespace

std::size_t space_before_declaration(std::string_view bytes) {
  std::size_t start = bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  std::size_t at = start;
  while (at < bytes.size() && ascii::is_space(bytes[at])) ++at;
  if (at == start || bytes.substr(at, 5) != "<?xml") return 0;
  return at - start;
}

EncodingChoice choose_encoding(std::string_view bytes, const char* declared) {
  const std::string name = declared != nullptr ? ascii::lower(declared) : "";
  const bool latin1 = is_one_of(name, {"iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"});
  const bool latin = latin1 || is_one_of(name, {"iso-8859-15", "latin9", "windows-1252", "cp1252"});
  if (latin && any_byte(bytes, is_high) && is_valid_utf8(bytes)) {
    return {"UTF-8", "declares encoding " + std::string(declared) + " but its bytes are UTF-8; read as UTF-8"};
  }
  if (latin1 && any_byte(bytes, is_c1) && !any_byte(bytes, undefined_in_1252)) {
    return {"windows-1252", "declares encoding " + std::string(declared) +
                                " but uses windows-1252 characters (bytes 0x80-0x9F); read as windows-1252"};
  }
  const bool utf8 = declared == nullptr || name == "utf-8" || name == "utf8";
  if (utf8 && !starts_with_utf16_or_32_mark(bytes) && !is_valid_utf8(bytes)) {
    const std::string fallback = any_byte(bytes, undefined_in_1252) ? "ISO-8859-1" : "windows-1252";
    const std::string said = declared != nullptr ? "declared UTF-8" : "UTF-8, as XML assumes without a declaration";
    return {fallback, "is not " + said + " (its bytes are not well-formed UTF-8); read as " + fallback};
  }
  return {};
}

std::string text_as_utf8(std::string bytes, std::string& notice) {
  notice.clear();
  if (starts_with_utf16_or_32_mark(bytes) || is_valid_utf8(bytes)) return bytes;
  const char* fallback = any_byte(bytes, undefined_in_1252) ? "ISO-8859-1" : "windows-1252";
  std::string utf8;
  icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), fallback).toUTF8String(utf8);
  notice = std::string("not UTF-8 (its bytes are not well-formed UTF-8); read as ") + fallback;
  return utf8;
}

}  // namespace podseek::xml
