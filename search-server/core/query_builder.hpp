// Turns a parsed query into a Xapian query, with the same text analysis as the indexer and
// rules that make technical words meet in every written form: a compound word matches its
// joined form or its parts in a row; a word that the index knows as two words matches them as
// a phrase (webtransport = "web transport"); two query words that the index knows joined
// match the joined word (zero copy = zerocopy); synonyms; stop words dropped outside phrases.
// Plain words are stemmed in the languages searched: with one language as its stem; with
// several as their exact form and each language's stem (within that language's documents),
// so that the exact form ranks first; with a forced language as its exact form and its stem.
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
  std::set<std::string> stems;     // stems of plain words, by any of `stemmers`
  std::vector<std::string> stemmers{"english"};  // the Xapian stemmers the stems came from
  std::vector<std::string> prefixes;  // the last word while it is being typed

  bool empty() const { return words.empty() && stems.empty() && prefixes.empty(); }
};

struct BuiltQuery {
  Xapian::Query query;          // MatchNothing when nothing searchable is left
  HighlightTerms highlight;
  bool match_all = false;       // the query had no positive words (browse, or only exclusions)
  bool excludes = false;        // with match_all: `query` is every episode but the excluded ("-curl")
};

struct QueryOptions {
  Xapian::Query::op default_op = Xapian::Query::OP_AND;  // between words of a group
  bool partial = false;         // the last word is a prefix being typed
  unsigned prefix_expansion = 30;  // how many completions a prefix may expand to
  // The languages (base codes) to stem and drop stopwords with (query_languages.hpp); a word
  // matches its stem in each, in documents of that language. Empty means {"en"}.
  std::vector<std::string> languages;
  // The languages were forced (lang=): the exact form and its stems match every document.
  bool languages_forced = false;
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const SynonymTable& synonyms) : db_(db), synonyms_(synonyms) {}

  BuiltQuery build(const ParsedQuery& parsed, const QueryOptions& options);

 private:
  Xapian::Query with_named_episode(const ParsedQuery& parsed, bool& any_positive);
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
  // A plain, non-compound word: its stems in options_.languages, or its exact form.
  void add_stemmed_word(const std::string& word, const std::string& prefix, std::vector<Xapian::Query>& out);
  bool is_stopword_in_languages(const std::string& folded) const;
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
