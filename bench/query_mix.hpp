// The fixed mix of query classes the benchmark runs against both engines, and distinct query
// instances of each class drawn from the synthetic corpus (so every instance can match).
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/corpus_generator.hpp"

namespace podseek::bench {

enum class QueryClass { kCommonWord, kRareWord, kTwoWords, kPhrase, kPrefix, kFacetFilter, kTypo, kBrowse };

const std::vector<QueryClass>& all_query_classes();
const char* query_class_name(QueryClass c);  // "common_word" …

struct BenchQuery {
  QueryClass kind = QueryClass::kBrowse;
  std::vector<std::string> words;  // as the user typed them; one entry for a phrase's words
  bool phrase = false;             // words form one quoted phrase
  bool partial = false;            // the last word is a prefix being typed
  std::string guest;               // a guest filter, "" for none

  std::string podseek_text() const;  // podseek's query language
  std::string fts5_match() const;    // an FTS5 MATCH expression; "" for a browse
  std::string sphinx_match() const;  // a Sphinx extended-syntax MATCH() text; "" for a browse
};

// `count` instances of the class, distinct where the corpus allows; the same (corpus, seed)
// always gives the same queries.
std::vector<BenchQuery> make_queries(const SyntheticCorpus& corpus, QueryClass kind, std::size_t count,
                                     std::uint64_t seed);

}  // namespace podseek::bench
