// Xapian query construction (see query_builder.hpp).
#include "search-server/core/query_builder.hpp"

#include <algorithm>
#include <map>

#include "common/analysis_language.hpp"
#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/episode_number.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

constexpr std::size_t kMinSplitLength = 5;  // shorter words are never split into two
constexpr std::size_t kMinSplitPart = 2;

std::string prefix_of(const std::string& field) {
  if (field.empty()) return "";
  auto prefix = schema::field_prefix(field);
  return prefix ? std::string(*prefix) : "";
}

// The term a word takes in a phrase: its joined form (placed at its last part's position).
std::string phrase_term(const AnalyzedWord& word) { return word.joined.empty() ? word.parts.back() : word.joined; }

Q combine(Q::op op, const std::vector<Q>& parts) {
  if (parts.empty()) return Q();
  if (parts.size() == 1) return parts.front();
  return Q(op, parts.begin(), parts.end());
}

constexpr Xapian::termcount kNearSlack = 2;  // extra positions words may spread over

// Words in a row, as exact terms.
Q exact_phrase(const std::vector<std::string>& words, const std::string& prefix) {
  std::vector<std::string> terms;
  for (const auto& word : words) terms.push_back(schema::word_term(prefix, word));
  return Q(Q::OP_PHRASE, terms.begin(), terms.end(), terms.size());
}

bool is_ascii_alnum(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isalnum(c); });
}

// The single folded word a plain query word analyses to, or "" (a compound, several words).
std::string single_plain_word(const QueryNode& node) {
  if (!node.is_plain_word()) return "";
  auto words = thread_analyzer().analyze(node.text);
  return words.size() == 1 && !words[0].is_compound() ? words[0].joined : "";
}

}  // namespace

bool QueryBuilder::term_exists(const std::string& term) const { return db_.term_exists(term); }

// What OP_WILDCARD with WILDCARD_LIMIT_MOST_FREQUENT does, but chosen over the whole index:
// over shards, Xapian expands a wildcard in each shard on its own (other completions each),
// while the term list of a multi-database is merged, frequencies summed. Ties: in term order.
// Combined with OP_OR (a match weighs what its completions weigh together), not OP_SYNONYM: a
// synonym's weight rests on an estimate of the union's frequency that shards make each on their
// own, so its weights differ between one index and shards; a term's weight does not. (OP_MAX
// would fit too, but crashed Xapian 1.4.22's matcher here.)
Q QueryBuilder::most_frequent_completions(const std::string& prefix) const {
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) found.emplace_back(it.get_termfreq(), *it);
  const std::size_t keep = std::min<std::size_t>(found.size(), options_.prefix_expansion);
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Q> terms;
  for (std::size_t i = 0; i < keep; ++i) terms.emplace_back(found[i].second);
  return terms.empty() ? Q::MatchNothing : Q(Q::OP_OR, terms.begin(), terms.end());
}

// A stopword in any language searched: dropping a word only widens a search.
bool QueryBuilder::is_stopword_in_languages(const std::string& folded) const {
  return std::any_of(options_.languages.begin(), options_.languages.end(),
                     [&](const std::string& language) { return is_stopword(folded, language); });
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed, const QueryOptions& options) {
  options_ = options;
  if (options_.languages.empty()) options_.languages.emplace_back(kDefaultLanguage);
  highlight_ = {};
  highlight_.stemmers.clear();
  for (const auto& language : options_.languages) highlight_.stemmers.push_back(stemmer_name(language));
  partial_node_ = options.partial ? last_plain_word(parsed.root) : nullptr;
  bool any_positive = false;
  Q query = with_named_episode(parsed, any_positive);
  BuiltQuery out;
  out.match_all = !any_positive;
  out.excludes = !any_positive && !query.empty();
  out.query = query.empty() ? (any_positive ? Q::MatchNothing : Q::MatchAll) : query;
  out.highlight = std::move(highlight_);
  return out;
}

// "episode 7 quic": where the index has an episode 7, it ranks first and the rest ("quic") is
// searched beside it; otherwise the query is searched as typed (episode_number.hpp).
Q QueryBuilder::with_named_episode(const ParsedQuery& parsed, bool& any_positive) {
  std::optional<NamedEpisode> named = named_episode(parsed.root);
  if (!named) return node_query(parsed.root, any_positive);
  Q episode = named_episode_query(named->number);
  Xapian::Enquire exists(db_);
  exists.set_query(episode);
  if (exists.get_mset(0, 1).empty()) return node_query(parsed.root, any_positive);
  QueryNode rest = parsed.root;
  rest.children.erase(rest.children.begin(), rest.children.begin() + static_cast<std::ptrdiff_t>(named->words));
  const bool more_words = has_positive_words(rest);
  Q others = node_query(rest, any_positive);
  any_positive = true;
  if (others.empty()) return episode;
  // Only exclusions beside it ("episode 7 -quic"): the named episode, if it has none of them.
  return Q(more_words ? Q::OP_OR : Q::OP_FILTER, episode, others);
}

Q QueryBuilder::node_query(const QueryNode& node, bool& any_positive) {
  switch (node.kind) {
    case QueryNode::Kind::kWord: {
      any_positive = true;
      Q word = word_query(node.text, node.field, true);
      if (&node != partial_node_) return word;
      auto words = thread_analyzer().analyze(node.text);
      if (words.size() != 1 || words[0].is_compound() || words[0].joined.empty()) return word;
      highlight_.prefixes.push_back(words[0].joined);
      Q completions = most_frequent_completions(words[0].joined);
      return word.empty() ? completions : Q(Q::OP_OR, word, completions);
    }
    case QueryNode::Kind::kPhrase:
      any_positive = true;
      return phrase_query(node.text, node.field);
    case QueryNode::Kind::kOr: {
      std::vector<Q> parts;
      for (const auto& child : node.children) {
        Q part = node_query(child, any_positive);
        if (!part.empty()) parts.push_back(part);
      }
      return combine(Q::OP_OR, parts);
    }
    case QueryNode::Kind::kAnd:
      return group_query(node, any_positive);
  }
  return Q();
}

namespace {

// A group's children without its stop words, unless nothing else would be left.
template <typename IsStopword>
std::vector<const QueryNode*> without_stopwords(const QueryNode& node, const QueryNode* partial_node,
                                                IsStopword is_stopword_word) {
  std::vector<const QueryNode*> kept;
  for (const auto& child : node.children) {
    std::string word = single_plain_word(child);
    if (word.empty() || !is_stopword_word(word) || &child == partial_node) kept.push_back(&child);
  }
  if (kept.empty()) {
    for (const auto& child : node.children) kept.push_back(&child);
  }
  return kept;
}

// The required parts AND-ed, ranked up by the optional ones; or the optional ones OR-ed.
Q positive_part(const std::vector<Q>& required, const std::vector<Q>& optional) {
  if (!required.empty() && !optional.empty()) {
    return Q(Q::OP_AND_MAYBE, combine(Q::OP_AND, required), combine(Q::OP_OR, optional));
  }
  if (!required.empty()) return combine(Q::OP_AND, required);
  return combine(Q::OP_OR, optional);
}

}  // namespace

std::size_t QueryBuilder::synonym_run_at(const std::vector<const QueryNode*>& kept, std::size_t i,
                                         std::string& run_text) const {
  for (std::size_t len = std::min(synonyms_.longest_key_words(), kept.size() - i); len >= 2; --len) {
    std::string text;
    bool plain = true;
    for (std::size_t k = 0; k < len; ++k) {
      plain = plain && kept[i + k]->is_plain_word() && kept[i + k] != partial_node_;
      text += (k ? " " : "") + kept[i + k]->text;
    }
    if (plain && !synonyms_.alternatives(text).empty()) {
      run_text = text;
      return len;
    }
  }
  return 0;
}

std::optional<std::string> QueryBuilder::joined_pair_at(const std::vector<const QueryNode*>& kept,
                                                        std::size_t i) const {
  if (i + 1 >= kept.size() || !kept[i]->is_plain_word() || !kept[i + 1]->is_plain_word() ||
      kept[i + 1] == partial_node_) {
    return std::nullopt;
  }
  std::string joined = SynonymTable::key_of(kept[i]->text) + SynonymTable::key_of(kept[i + 1]->text);
  if (joined.find(' ') != std::string::npos || !term_exists(joined)) return std::nullopt;
  return joined;
}

Q QueryBuilder::group_query(const QueryNode& node, bool& any_positive) {
  auto is_stopword_here = [this](const std::string& word) { return is_stopword_in_languages(word); };
  std::vector<const QueryNode*> kept = without_stopwords(node, partial_node_, is_stopword_here);
  std::vector<Q> required, optional;
  auto add = [&](const QueryNode& source, Q query) {
    if (query.empty()) return;
    (source.required || options_.default_op == Q::OP_AND ? required : optional).push_back(query);
  };
  for (std::size_t i = 0; i < kept.size();) {
    std::string run_text;
    if (std::size_t run = synonym_run_at(kept, i, run_text)) {  // "dns over https"
      any_positive = true;
      std::vector<Q> words;
      for (std::size_t k = 0; k < run; ++k) words.push_back(word_query(kept[i + k]->text, "", false));
      add(*kept[i], Q(Q::OP_OR, combine(Q::OP_AND, words), synonym_alternatives(run_text, "")));
      i += run;
    } else if (std::optional<std::string> joined = joined_pair_at(kept, i)) {  // "zero copy" = zerocopy
      any_positive = true;
      highlight_.words.insert(*joined);
      Q pair(Q::OP_AND, word_query(kept[i]->text, "", true), word_query(kept[i + 1]->text, "", true));
      add(*kept[i], Q(Q::OP_OR, pair, Q(*joined)));
      i += 2;
    } else {
      add(*kept[i], node_query(*kept[i], any_positive));
      ++i;
    }
  }
  Q proximity = nearness_bonus(kept);
  if (!proximity.empty()) optional.push_back(proximity);
  return without_excluded(positive_part(required, optional), node);
}

Q QueryBuilder::without_excluded(const Q& positive, const QueryNode& node) {
  std::vector<Q> excluded;
  bool ignored = false;
  for (const auto& child : node.excluded) {
    Q part = node_query(child, ignored);
    if (!part.empty()) excluded.push_back(part);
  }
  if (excluded.empty()) return positive;
  return Q(Q::OP_AND_NOT, positive.empty() ? Q::MatchAll : positive, combine(Q::OP_OR, excluded));
}

// Scores episodes where the group's plain words stand close together above those where they
// are far apart: an optional NEAR of their exact forms.
Q QueryBuilder::nearness_bonus(const std::vector<const QueryNode*>& nodes) {
  std::vector<std::string> terms;
  for (const QueryNode* node : nodes) {
    if (!node->is_plain_word() || node == partial_node_) continue;
    auto words = thread_analyzer().analyze(node->text);
    if (words.size() != 1 || words[0].joined.empty()) continue;
    terms.push_back(words[0].joined);
  }
  if (terms.size() < 2) return Q();
  return Q(Q::OP_NEAR, terms.begin(), terms.end(), terms.size() + kNearSlack);
}

Q QueryBuilder::word_query(const std::string& text, const std::string& field, bool with_synonyms) {
  std::vector<AnalyzedWord> words = thread_analyzer().analyze(text);
  if (words.empty()) return Q();
  if (words.size() > 1) return phrase_query(text, field);
  const AnalyzedWord& word = words.front();
  const std::string prefix = prefix_of(field);
  std::vector<Q> alternatives;
  if (!word.is_compound()) {
    add_stemmed_word(word.joined, prefix, alternatives);
    Q split = vocabulary_split(word.joined, prefix);
    if (!split.empty()) alternatives.push_back(split);
  } else {
    if (!word.joined.empty()) {
      alternatives.emplace_back(schema::word_term(prefix, word.joined));
      highlight_.words.insert(word.joined);
    }
    // The parts in a row, and the separated segments in a row ("grpc web" for gRPC-Web).
    alternatives.push_back(exact_phrase(word.parts, prefix));
    std::vector<std::string> segments = word.segments();
    if (segments.size() > 1 && segments.size() < word.parts.size()) alternatives.push_back(exact_phrase(segments, prefix));
  }
  if (with_synonyms) {
    Q synonyms = synonym_alternatives(text, field);
    if (!synonyms.empty()) alternatives.push_back(synonyms);
  }
  return combine(Q::OP_SYNONYM, alternatives);
}

Q QueryBuilder::phrase_query(const std::string& text, const std::string& field) {
  std::vector<AnalyzedWord> words = thread_analyzer().analyze(text);
  if (words.empty()) return Q();
  const std::string prefix = prefix_of(field);
  if (words.size() == 1 && !words[0].is_compound()) {
    highlight_.words.insert(words[0].joined);
    return Q(schema::word_term(prefix, words[0].joined));
  }
  if (words.size() == 1) return word_query(text, field, false);
  std::vector<std::string> terms;
  Xapian::termcount window = 0;
  for (const auto& word : words) {
    terms.push_back(schema::word_term(prefix, phrase_term(word)));
    highlight_.words.insert(phrase_term(word));
    window += word.parts.size();
  }
  return Q(Q::OP_PHRASE, terms.begin(), terms.end(), window);
}

Q QueryBuilder::synonym_alternatives(const std::string& text, const std::string& field) {
  std::vector<Q> alternatives;
  for (const auto& alternative : synonyms_.alternatives(text)) {
    Q query = word_query(alternative, field, false);
    if (!query.empty()) alternatives.push_back(query);
  }
  return combine(Q::OP_OR, alternatives);
}

void QueryBuilder::add_stemmed_word(const std::string& word, const std::string& prefix, std::vector<Q>& out) {
  // Each distinct stem, with the languages whose stemmer gives it.
  std::map<std::string, std::vector<std::string>> languages_of_stem;
  for (const auto& language : options_.languages) {
    const std::string stemmer = stemmer_name(language);
    if (auto stem = schema::stem_term(prefix, word, stemmer)) {
      languages_of_stem[*stem].push_back(language);
      highlight_.stems.insert(thread_analyzer().stem(word, stemmer));
    }
  }
  const bool one_stem_for_all =
      languages_of_stem.size() == 1 && languages_of_stem.begin()->second.size() == options_.languages.size();
  if (one_stem_for_all && options_.languages.size() == 1 && !options_.languages_forced) {  // as it always was
    out.emplace_back(languages_of_stem.begin()->first);
    return;
  }
  out.emplace_back(schema::word_term(prefix, word));  // the exact form: in every language, and ranked first
  highlight_.words.insert(word);
  for (const auto& [stem, languages] : languages_of_stem) {
    if (languages.size() == options_.languages.size() || options_.languages_forced) {
      out.emplace_back(stem);
      continue;
    }
    std::vector<Q> language_terms;
    for (const auto& language : languages) language_terms.emplace_back(schema::analysis_language_term(language));
    out.emplace_back(Q::OP_FILTER, Q(stem), combine(Q::OP_OR, language_terms));
  }
}

// "webtransport" -> "web transport" when the index knows both words (best-known split wins).
Q QueryBuilder::vocabulary_split(const std::string& word, const std::string& prefix) {
  if (word.size() < kMinSplitLength || !is_ascii_alnum(word)) return Q();
  std::string best_left, best_right;
  Xapian::doccount best = 0;
  for (std::size_t at = kMinSplitPart; at + kMinSplitPart <= word.size(); ++at) {
    std::string left = word.substr(0, at), right = word.substr(at);
    if (is_stopword_in_languages(left) || is_stopword_in_languages(right)) continue;
    Xapian::doccount found = std::min(db_.get_termfreq(prefix + left), db_.get_termfreq(prefix + right));
    if (found > best) {
      best = found;
      best_left = left;
      best_right = right;
    }
  }
  if (best == 0) return Q();
  highlight_.words.insert(best_left + " " + best_right);
  return Q(Q::OP_PHRASE, Q(prefix + best_left), Q(prefix + best_right));
}

}  // namespace podseek
