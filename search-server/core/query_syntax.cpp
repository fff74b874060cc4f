// A small recursive-descent parser for the search query language (see query_syntax.hpp).
#include "search-server/core/query_syntax.hpp"

#include <optional>
#include <stdexcept>

#include "common/ascii_text.hpp"
#include "common/index_schema.hpp"

namespace podseek {
namespace {

struct Token {
  enum class Kind { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot };
  Kind kind;
  std::string text;
  std::string field;
  bool minus = false;
  bool plus = false;
};

class SyntaxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using ascii::is_space;
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

// Splits "guest:Lucio" into field and value when the name before ':' is a known field.
void take_field(Token& token) {
  std::size_t colon = token.text.find(':');
  if (colon == std::string::npos || colon == 0) return;
  std::string name = ascii::lower(token.text.substr(0, colon));
  if (!schema::field_prefix(name)) return;
  token.field = name;
  token.text = token.text.substr(colon + 1);
}

std::string read_phrase(std::string_view q, std::size_t& i) {
  std::size_t close = q.find('"', i + 1);
  if (close == std::string_view::npos) throw SyntaxError("unbalanced quote");
  std::string text(q.substr(i + 1, close - i - 1));
  i = close + 1;
  return text;
}

std::vector<Token> tokenize(std::string_view q) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < q.size()) {
    char c = q[i];
    if (is_space(c)) { ++i; continue; }
    if (c == '(') { tokens.push_back({Token::Kind::kOpen, "", ""}); ++i; continue; }
    if (c == ')') { tokens.push_back({Token::Kind::kClose, "", ""}); ++i; continue; }
    Token token{Token::Kind::kWord, "", ""};
    if ((c == '-' || c == '+') && i + 1 < q.size() && !ends_word(q[i + 1]) ) {
      (c == '-' ? token.minus : token.plus) = true;
      ++i;
    } else if ((c == '-' || c == '+') && i + 1 < q.size() && q[i + 1] == '"') {
      (c == '-' ? token.minus : token.plus) = true;
      ++i;
    }
    if (q[i] == '"') {
      token.kind = Token::Kind::kPhrase;
      token.text = read_phrase(q, i);
      tokens.push_back(std::move(token));
      continue;
    }
    std::size_t start = i;
    while (i < q.size() && !ends_word(q[i])) ++i;
    token.text = std::string(q.substr(start, i - start));
    if (!token.minus && !token.plus) {
      if (token.text == "AND") { tokens.push_back({Token::Kind::kAnd, "", ""}); continue; }
      if (token.text == "OR") { tokens.push_back({Token::Kind::kOr, "", ""}); continue; }
      if (token.text == "NOT") { tokens.push_back({Token::Kind::kNot, "", ""}); continue; }
    }
    take_field(token);
    if (!token.field.empty() && token.text.empty() && i < q.size() && q[i] == '"') {
      token.kind = Token::Kind::kPhrase;
      token.text = read_phrase(q, i);
    }
    if (!token.text.empty()) tokens.push_back(std::move(token));
  }
  return tokens;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  QueryNode parse() {
    QueryNode root = parse_or();
    if (pos_ != tokens_.size()) throw SyntaxError("unexpected token");
    return root;
  }

 private:
  bool at(Token::Kind kind) const { return pos_ < tokens_.size() && tokens_[pos_].kind == kind; }
  bool at_end() const { return pos_ >= tokens_.size(); }

  QueryNode parse_or() {
    QueryNode first = parse_and();
    if (!at(Token::Kind::kOr)) return first;
    QueryNode node{QueryNode::Kind::kOr};
    node.children.push_back(std::move(first));
    while (at(Token::Kind::kOr)) {
      ++pos_;
      node.children.push_back(parse_and());
    }
    return node;
  }

  QueryNode parse_and() {
    QueryNode node{QueryNode::Kind::kAnd};
    bool expect_operand = true;  // after AND / NOT / at the start
    while (!at_end() && !at(Token::Kind::kOr) && !at(Token::Kind::kClose)) {
      if (at(Token::Kind::kAnd)) {
        if (expect_operand) throw SyntaxError("AND without a left side");
        ++pos_;
        expect_operand = true;
        continue;
      }
      bool negate = false;
      if (at(Token::Kind::kNot)) {
        ++pos_;
        negate = true;
      }
      if (at_end() || at(Token::Kind::kOr) || at(Token::Kind::kClose) || at(Token::Kind::kAnd) ||
          at(Token::Kind::kNot)) {
        throw SyntaxError("operator without a right side");
      }
      bool minus = false;
      QueryNode operand = parse_unary(minus);
      ((negate || minus) ? node.excluded : node.children).push_back(std::move(operand));
      expect_operand = false;
    }
    if (expect_operand && (!node.children.empty() || !node.excluded.empty())) {
      throw SyntaxError("AND without a right side");
    }
    if (node.children.empty() && node.excluded.empty()) throw SyntaxError("empty expression");
    if (node.children.size() == 1 && node.excluded.empty() && node.children[0].kind != QueryNode::Kind::kWord &&
        node.children[0].kind != QueryNode::Kind::kPhrase) {
      return std::move(node.children[0]);
    }
    return node;
  }

  QueryNode parse_unary(bool& minus) {
    if (at(Token::Kind::kOpen)) {
      ++pos_;
      if (++depth_ > kMaxBracketDepth) throw SyntaxError("brackets nested too deeply");
      QueryNode inner = parse_or();
      if (!at(Token::Kind::kClose)) throw SyntaxError("unbalanced bracket");
      ++pos_;
      --depth_;
      return inner;
    }
    const Token& token = tokens_[pos_++];
    QueryNode node{token.kind == Token::Kind::kPhrase ? QueryNode::Kind::kPhrase : QueryNode::Kind::kWord};
    node.text = token.text;
    node.field = token.field;
    node.required = token.plus;
    minus = token.minus;
    return node;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;  // brackets open around the current token
};

// Every word of the query as a plain word: quotes, brackets and operators are dropped.
QueryNode plain_words(std::string_view query) {
  QueryNode node{QueryNode::Kind::kAnd};
  std::size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && (ends_word(query[i]) || query[i] == '-' || query[i] == '+')) ++i;
    std::size_t start = i;
    while (i < query.size() && !ends_word(query[i])) ++i;
    std::string word(query.substr(start, i - start));
    if (word.empty() || word == "AND" || word == "OR" || word == "NOT") continue;
    node.children.push_back({QueryNode::Kind::kWord, word});
  }
  return node;
}

}  // namespace

ParsedQuery parse_query_syntax(std::string_view query) {
  std::vector<Token> tokens;
  try {
    tokens = tokenize(query);
    if (tokens.empty()) return {QueryNode{QueryNode::Kind::kAnd}, false};
    QueryNode root = Parser(std::move(tokens)).parse();
    if (root.kind == QueryNode::Kind::kWord || root.kind == QueryNode::Kind::kPhrase) {
      QueryNode wrapper{QueryNode::Kind::kAnd};
      wrapper.children.push_back(std::move(root));
      root = std::move(wrapper);
    }
    return {std::move(root), false};
  } catch (const SyntaxError&) {
    return {plain_words(query), true};
  }
}

const QueryNode* last_plain_word(const QueryNode& node) {
  const QueryNode* at = &node;
  for (std::size_t depth = 0; depth <= kMaxBracketDepth + 1; ++depth) {
    if (at->kind == QueryNode::Kind::kWord) return at->is_plain_word() ? at : nullptr;
    if (at->kind == QueryNode::Kind::kPhrase || at->children.empty()) return nullptr;
    at = &at->children.back();
  }
  return nullptr;
}

bool has_positive_words(const QueryNode& node) {
  // Depth first with an explicit stack: the parser keeps trees within kMaxBracketDepth, and this
  // walk does not rely on it.
  std::vector<const QueryNode*> pending{&node};
  while (!pending.empty()) {
    const QueryNode* at = pending.back();
    pending.pop_back();
    if (at->kind == QueryNode::Kind::kWord || at->kind == QueryNode::Kind::kPhrase) return true;
    for (const auto& child : at->children) pending.push_back(&child);
  }
  return false;
}

std::string describe(const QueryNode& node) {
  auto leaf = [](const QueryNode& n) {
    std::string out = n.required ? "+" : "";
    if (!n.field.empty()) out += n.field + ":";
    return out + (n.kind == QueryNode::Kind::kPhrase ? "\"" + n.text + "\"" : n.text);
  };
  if (node.kind == QueryNode::Kind::kWord || node.kind == QueryNode::Kind::kPhrase) return leaf(node);
  std::string out = node.kind == QueryNode::Kind::kAnd ? "AND(" : "OR(";
  bool first = true;
  for (const auto& child : node.children) {
    out += (first ? "" : " ") + describe(child);
    first = false;
  }
  for (const auto& child : node.excluded) {
    out += (first ? "-" : " -") + describe(child);
    first = false;
  }
  return out + ")";
}

}  // namespace podseek
