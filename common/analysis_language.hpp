// The language a podcast's text is analysed in: a feed's <language> tag ("de-DE", "en-us",
// "nl-BE", "ca") becomes its base code ("de"), which names the Snowball stemmer Xapian ships for
// it ("german") and a short stopword list used for ranking. Languages Xapian has no stemmer for
// (Japanese, Chinese, Thai, Polish, Greek …) are analysed unstemmed.
// Thread safety: pure functions; the stoppers are built once and only read after that.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/language_code.hpp"

namespace podseek {

// The code used when a source says nothing about its language.
inline constexpr std::string_view kDefaultLanguage = kDefaultLanguageCode;

// The language a podcast is analysed in: the base code of its tag (normalize_language_code), or
// kDefaultLanguage for an empty or unreadable tag.
std::string analysis_language(std::string_view tag);

// The Xapian stemmer name for a base code ("de" -> "german", "ca" -> "catalan", "nb" ->
// "norwegian"), or "" when Xapian has none (the language is indexed unstemmed).
std::string stemmer_name(std::string_view code);

// True when the code is one podseek knows as a language: it has a stemmer or is in the list of
// languages indexed unstemmed (ja, zh, th, ko, pl, el …). For validating a `lang=` request.
bool is_known_language(std::string_view code);

// Every code with a stemmer, sorted (for documentation and error messages).
std::vector<std::string> stemmed_languages();

// The stopwords of a language for ranking (a query drops them outside phrases). Languages
// without a list have an empty stopper (nothing is dropped).
const Xapian::SimpleStopper& stopper_for(std::string_view code);

}  // namespace podseek
