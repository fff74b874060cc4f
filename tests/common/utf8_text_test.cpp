// Tests for common/utf8_text: which byte strings are well-formed UTF-8.
#include "common/utf8_text.hpp"

#include <catch2/catch.hpp>
#include <string>

using podseek::is_valid_utf8;

TEST_CASE("Well-formed UTF-8 is accepted, from ASCII to four-byte characters") {
  for (const char* text : {"", "quic", "caf\xC3\xA9", "\xE6\x9D\xB1\xE4\xBA\xAC", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF"}) {
    INFO(text);
    CHECK(is_valid_utf8(text));
  }
}

TEST_CASE("Overlong forms, surrogates, out-of-range and cut sequences are refused (issue 15)") {
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"overlong '/' in two bytes", "\xC0\xAF"},
      {"overlong '/' in three bytes", "\xE0\x80\xAF"},
      {"overlong NUL", "\xC0\x80"},
      {"high surrogate U+D800", "\xED\xA0\x80"},
      {"low surrogate U+DFFF", "\xED\xBF\xBF"},
      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"five-byte form", "\xF8\x88\x80\x80\x80"},
      {"cut three-byte sequence", "a\xE2\x82"},
      {"lone continuation byte", "a\x80z"},
      {"Latin-1 byte", "caf\xE9"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK_FALSE(is_valid_utf8(c.bytes));
  }
}
