// Tests for common/language_code.hpp: one normalisation of language tags everywhere.
#include "common/language_code.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("A language tag becomes its lower-cased primary subtag") {
  const std::pair<const char*, const char*> cases[] = {
      {"en-US", "en"}, {"en", "en"}, {"DE-de", "de"}, {"nl_BE", "nl"}, {" es-ES \n", "es"},
      {"ca", "ca"},    {"ja-JP", "ja"}, {"fil-PH", "fil"}, {"EN", "en"},
  };
  for (const auto& [tag, code] : cases) {
    INFO(tag);
    CHECK(normalize_language_code(tag) == code);
  }
}

TEST_CASE("A tag that is no language code normalises to nothing") {
  for (const char* tag : {"", "  ", "English", "x-klingon", "e", "1234", "d\xC3\xA9", "-US"}) {
    INFO(tag);
    CHECK(normalize_language_code(tag).empty());
  }
}
