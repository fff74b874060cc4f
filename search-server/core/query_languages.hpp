// The languages a query is stemmed with: the one a site forces (lang=), else the analysis
// languages of the episodes the request's filters admit (one podcast: its language; a mixed
// index: the languages present, most frequent first, at most kMaxQueryLanguages).
// Thread safety: reads the caller's database handle.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"

namespace podseek {

// A query is stemmed in at most this many languages (each adds a stem per word).
inline constexpr std::size_t kMaxQueryLanguages = 4;
// At most this many languages of an index are looked at (an index has a few).
inline constexpr std::size_t kMaxIndexLanguagesScanned = 64;

// InvalidArgument naming `lang` when `tag` is not empty and not a language podseek knows
// (analysis_language.hpp); accepts tags such as "de-DE".
std::optional<Error> check_query_language(const std::string& tag);

struct QueryLanguages {
  std::vector<std::string> codes;  // base codes, most documents first; never empty
  bool forced = false;             // chosen by lang=, whatever the documents' languages
};

// forced (a checked tag; "" for none) -> its base code alone. Otherwise the base codes of the
// documents matching `filter`, most documents first, at most kMaxQueryLanguages; {"en"} for an
// index that records none (written before languages were recorded).
QueryLanguages query_languages(const Xapian::Database& db, const Xapian::Query& filter, const std::string& forced);

}  // namespace podseek
