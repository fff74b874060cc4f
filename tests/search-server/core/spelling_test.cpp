// Tests for search-server/core/spelling.cpp: which last word is a prefix, which words are corrected.
#include "search-server/core/spelling.hpp"

#include <catch2/catch.hpp>

#include "tests/support/netstack_index.hpp"

using namespace podseek;

TEST_CASE("The last word is a prefix when it begins longer indexed words, and typed or unknown") {
  testing::NetstackIndex index;
  Xapian::Database db(index.path());
  struct Row {
    const char* query;
    bool partial;
    bool prefix;
  };
  const Row rows[] = {
      {"webtr", true, true},            // being typed, begins "webtransport"
      {"webtr", false, true},           // Enter: unknown as a word, so still a prefix
      {"web", true, true},              // typed: its completions too
      {"web", false, false},            // Enter on a known word: that word
      {"stenburg", true, false},        // begins no indexed word: a typo, not a prefix
      {"curl stenburg", true, false},
      {"tokio webtr", false, true},     // only the last word counts
      {"webtr tokio", false, false},
      {"webtr ", false, false},         // a space ends the word
      {"\"webtr\"", true, false},       // a phrase is never a prefix
      {"guest:webtr", true, false},     // nor a field
      {"", true, false},
  };
  for (const Row& row : rows) {
    INFO(row.query << (row.partial ? " (partial)" : ""));
    CHECK(last_word_is_prefix(db, row.query, row.partial) == row.prefix);
  }
}

TEST_CASE("Only unknown words are corrected; a prefix being typed is left alone") {
  testing::NetstackIndex index;
  Xapian::Database db(index.path());
  CHECK(spelling_correction(db, "curl stenburg", false) == std::optional<std::string>("curl stenberg"));
  CHECK(spelling_correction(db, "curl stenburg", true) == std::nullopt);
  CHECK(spelling_correction(db, "stenburg curl", true) == std::optional<std::string>("stenberg curl"));
  CHECK(spelling_correction(db, "tokio", false) == std::nullopt);
}
