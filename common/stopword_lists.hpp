// Short stopword lists, one per language, in folded form (accents removed, as the analyser
// folds them): the commonest articles, prepositions, conjunctions, pronouns and auxiliaries.
// A query drops these outside phrases, for ranking; they are still indexed, so phrases match.
// Hand-written (see README.md, "Languages"): Debian packages no Snowball stopword lists as data
// a C++ program can read, apart from PostgreSQL's server package.
// Thread safety: constants.
#pragma once

#include <string_view>
#include <vector>

namespace podseek {

struct StopwordList {
  std::string_view language;                // base code, "de"
  std::vector<std::string_view> words;      // folded
};

const std::vector<StopwordList>& stopword_lists();

}  // namespace podseek
