// Table tests for search-server/query_syntax.cpp: query text -> syntax tree.
#include "search-server/core/query_syntax.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("The query language parses words, phrases, operators and fields") {
  struct Row { const char* input; const char* expected; };
  const std::vector<Row> table = {
      {"QUIC", "AND(QUIC)"},
      {"happy eyeballs", "AND(happy eyeballs)"},
      {"\"zero copy\" rust", "AND(\"zero copy\" rust)"},
      {"quic -firefox", "AND(quic -firefox)"},
      {"quic NOT firefox", "AND(quic -firefox)"},
      {"NOT tls", "AND(-tls)"},
      {"tls OR ssl", "OR(AND(tls) AND(ssl))"},
      {"quic AND (tls OR ssl)", "AND(quic OR(AND(tls) AND(ssl)))"},
      {"guest:Stenberg curl", "AND(guest:Stenberg curl)"},
      {"title:\"netstack 3\"", "AND(title:\"netstack 3\")"},
      {"+tokio runtime", "AND(+tokio runtime)"},
      {"https://example.com", "AND(https://example.com)"},
      {"HTTP/3", "AND(HTTP/3)"},
      {"and or not", "AND(and or not)"},
      {"", "AND()"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    ParsedQuery parsed = parse_query_syntax(row.input);
    CHECK(describe(parsed.root) == row.expected);
    CHECK_FALSE(parsed.fell_back);
  }
}

TEST_CASE("A query that does not parse is read as plain words") {
  struct Row { const char* input; const char* expected; };
  const std::vector<Row> table = {
      {"quic AND", "AND(quic)"},
      {"quic OR OR tls", "AND(quic tls)"},
      {"\"unbalanced quote", "AND(unbalanced quote)"},
      {"(quic tls", "AND(quic tls)"},
      {"quic)", "AND(quic)"},
      {"AND", "AND()"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    ParsedQuery parsed = parse_query_syntax(row.input);
    CHECK(describe(parsed.root) == row.expected);
    CHECK(parsed.fell_back);
  }
}
