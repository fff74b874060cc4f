// Turns a parsed query into a Xapian query, with the same text analysis as the indexer and
// rules that make technical words meet in every written form: a compound word matches its
// joined form or its parts in a row; a word that the index knows as two words matches them as
// a phrase (webtransport = "web transport"); two query words that the index knows joined
// match the joined word (zero copy = zerocopy); synonyms; stop words dropped outside phrases.
// Thread safety: a QueryBuilder is used by one thread (it reads that thread's Database).
#pragma once

#include <set>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search-server/core/query_syntax.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek {

// The folded words a query looks for, for highlighting matches in text.
struct HighlightTerms {
  std::set<std::string> words;     // joined forms and parts of compound words
  std::set<std::string> stems;     // stems of plain words
  std::vector<std::string> prefixes;  // the last word while it is being typed

  bool empty() const { return words.empty() && stems.empty() && prefixes.empty(); }
};

struct BuiltQuery {
  Xapian::Query query;          // MatchNothing when nothing searchable is left
  HighlightTerms highlight;
  bool match_all = false;       // the query had no positive words (browse, or only exclusions)
};

struct QueryOptions {
  Xapian::Query::op default_op = Xapian::Query::OP_AND;  // between words of a group
  bool partial = false;         // the last word is a prefix being typed
  unsigned prefix_expansion = 30;  // how many completions a prefix may expand to
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const SynonymTable& synonyms) : db_(db), synonyms_(synonyms) {}

  BuiltQuery build(const ParsedQuery& parsed, const QueryOptions& options);

 private:
  Xapian::Query node_query(const QueryNode& node, bool& any_positive);
  Xapian::Query group_query(const QueryNode& node, bool& any_positive);
  // How many plain words from kept[i] form a synonym key (0: none), and that key's text.
  std::size_t synonym_run_at(const std::vector<const QueryNode*>& kept, std::size_t i, std::string& run_text) const;
  // The joined form of kept[i] and kept[i + 1] when both are plain words the index knows as one term.
  std::optional<std::string> joined_pair_at(const std::vector<const QueryNode*>& kept, std::size_t i) const;
  // The group's positive part without its excluded children (-word, NOT x).
  Xapian::Query without_excluded(const Xapian::Query& positive, const QueryNode& node);
  Xapian::Query nearness_bonus(const std::vector<const QueryNode*>& nodes);
  Xapian::Query word_query(const std::string& text, const std::string& field, bool with_synonyms);
  Xapian::Query phrase_query(const std::string& text, const std::string& field);
  Xapian::Query synonym_alternatives(const std::string& text, const std::string& field);
  Xapian::Query vocabulary_split(const std::string& word, const std::string& prefix);
  bool term_exists(const std::string& term) const;

  // The prefix_expansion most frequent index terms that start with prefix, OR-ed.
  Xapian::Query most_frequent_completions(const std::string& prefix) const;

  const Xapian::Database& db_;
  const SynonymTable& synonyms_;
  QueryOptions options_;
  HighlightTerms highlight_;
  const QueryNode* partial_node_ = nullptr;
};

}  // namespace podseek
