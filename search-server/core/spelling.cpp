// Word-by-word spelling correction (see spelling.hpp).
#include "search-server/core/spelling.hpp"

#include <vector>

#include "common/analysis_language.hpp"
#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/query_syntax.hpp"

namespace podseek {
namespace {

constexpr unsigned kMaxEditDistance = 2;
constexpr std::size_t kMinWordBytes = 4;  // shorter words have too many near neighbours

bool is_operator(std::string_view word) { return word == "AND" || word == "OR" || word == "NOT"; }

// The index has the word, or its stem in one of the languages searched.
bool known(const Xapian::Database& db, const std::string& word, const std::vector<std::string>& languages) {
  if (db.term_exists(word)) return true;
  for (const auto& language : languages) {
    auto stem = schema::stem_term("", word, stemmer_name(language));
    if (stem && db.term_exists(*stem)) return true;
  }
  return false;
}

// Whether some indexed word other than `word` itself begins with it.
bool begins_longer_word(const Xapian::Database& db, const std::string& word) {
  for (auto it = db.allterms_begin(word); it != db.allterms_end(word); ++it) {
    if ((*it).size() > word.size()) return true;
  }
  return false;
}

// The languages to stem with: those given, or English when none are.
const std::vector<std::string>& or_english(const std::vector<std::string>& languages) {
  static const std::vector<std::string> english{std::string(kDefaultLanguage)};
  return languages.empty() ? english : languages;
}

}  // namespace

bool last_word_is_prefix(const Xapian::Database& db, const std::string& query, bool partial,
                         const std::vector<std::string>& languages) {
  ParsedQuery parsed = parse_query_syntax(query);
  const QueryNode* last = last_plain_word(parsed.root);
  if (!last || query.empty() || !query.ends_with(last->text)) return false;
  std::vector<AnalyzedWord> words = thread_analyzer().analyze(last->text);
  if (words.size() != 1 || words[0].is_compound() || words[0].joined.empty()) return false;
  const std::string& word = words[0].joined;
  if (!begins_longer_word(db, word)) return false;
  return partial || !known(db, word, or_english(languages));
}

std::optional<std::string> spelling_correction(const Xapian::Database& db, const std::string& query, bool partial,
                                               const std::vector<std::string>& languages) {
  const std::vector<std::string>& stem_languages = or_english(languages);
  std::vector<AnalyzedWord> words = thread_analyzer().analyze(query);
  std::string corrected;
  std::size_t copied = 0;
  bool changed = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const AnalyzedWord& word = words[i];
    if (partial && i + 1 == words.size()) break;
    bool field_name = word.end < query.size() && query[word.end] == ':';
    std::string_view raw(query.data() + word.begin, word.end - word.begin);
    if (word.is_compound() || field_name || is_operator(raw) || word.joined.size() < kMinWordBytes) continue;
    if (known(db, word.joined, stem_languages)) continue;
    std::string suggestion = db.get_spelling_suggestion(word.joined, kMaxEditDistance);
    if (suggestion.empty()) continue;
    corrected += query.substr(copied, word.begin - copied) + suggestion;
    copied = word.end;
    changed = true;
  }
  if (!changed) return std::nullopt;
  return corrected + query.substr(copied);
}

}  // namespace podseek
