// The query language of /api/search as a syntax tree: words, "phrases", -word and +word,
// AND / OR / NOT (upper case), parentheses and field prefixes (title:, guest:, chapter:,
// topic:). Knows nothing of Xapian. A query that does not parse is read as plain words.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace podseek {

struct QueryNode {
  enum class Kind { kWord, kPhrase, kAnd, kOr };
  Kind kind = Kind::kAnd;
  std::string text;                 // kWord, kPhrase: as typed (without quotes or prefix)
  std::string field;                // kWord, kPhrase: "title", "guest", "chapter", "topic" or ""
  bool required = false;            // kWord, kPhrase: written with a leading '+'
  std::vector<QueryNode> children;  // kAnd, kOr
  std::vector<QueryNode> excluded;  // kAnd: -word, NOT x

  bool is_plain_word() const { return kind == Kind::kWord && field.empty() && !required; }
};

struct ParsedQuery {
  QueryNode root;        // always a kAnd or kOr node
  bool fell_back = false;  // the query did not parse and was read as plain words
};

// Brackets may nest this deep; a deeper query is read as plain words (so neither the parser nor the
// query builder recurses further than this, whatever the input).
inline constexpr std::size_t kMaxBracketDepth = 32;

ParsedQuery parse_query_syntax(std::string_view query);

// The rightmost plain word of the tree (the one a user is still typing), or nullptr when the query
// ends with a phrase, a field or an operator. Descends at most kMaxBracketDepth levels.
const QueryNode* last_plain_word(const QueryNode& node);

// Whether the tree asks for anything (a word or phrase that is not excluded), as opposed to
// nothing at all or only exclusions ("-curl", "NOT curl"). Descends at most kMaxBracketDepth levels.
bool has_positive_words(const QueryNode& node);

// The tree as compact text, for tests: AND(quic OR(tls ssl) -rust "zero copy" title:hyper).
std::string describe(const QueryNode& node);

}  // namespace podseek
