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

TEST_CASE("Brackets nest at most kMaxBracketDepth deep; deeper queries are read as plain words") {
  auto nested = [](std::size_t depth) {
    return std::string(depth, '(') + "quic OR tls" + std::string(depth, ')');
  };
  ParsedQuery deepest = parse_query_syntax(nested(kMaxBracketDepth));
  CHECK_FALSE(deepest.fell_back);
  CHECK(describe(deepest.root) == "OR(AND(quic) AND(tls))");
  ParsedQuery too_deep = parse_query_syntax(nested(kMaxBracketDepth + 1));
  CHECK(too_deep.fell_back);
  CHECK(describe(too_deep.root) == "AND(quic tls)");
  // The longest query the API takes, all brackets: read as plain words without deep recursion.
  CHECK(parse_query_syntax(std::string(1024, '(')).fell_back);
}
