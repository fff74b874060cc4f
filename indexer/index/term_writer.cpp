// Term generation for index documents (see term_writer.hpp).
#include "indexer/index/term_writer.hpp"

#include <cctype>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "common/url_words.hpp"

namespace podseek {
namespace {

constexpr Xapian::termpos kGapBetweenTexts = 100;  // phrases never span two texts

bool is_spelling_word(const std::string& word) {
  if (word.size() < 3) return false;
  for (unsigned char c : word) {
    if (std::isdigit(c)) return false;
  }
  return true;
}

}  // namespace

void TermWriter::add_word(const std::string& word, Xapian::termpos position, std::string_view field,
                          unsigned weight, Scope scope) {
  if (scope == Scope::kEverywhere) {
    document_.add_posting(schema::word_term("", word), position, weight);
    if (auto stem = schema::stem_term("", word, stemmer_)) document_.add_term(*stem, weight);
  }
  if (!field.empty()) {
    document_.add_posting(schema::word_term(field, word), position, weight);
    if (auto stem = schema::stem_term(field, word, stemmer_)) document_.add_term(*stem, weight);
  }
}

void TermWriter::add_text(std::string_view text, std::string_view field, unsigned weight, Scope scope) {
  add_words(text, field, weight, scope, true);
}

void TermWriter::add_url(std::string_view url, unsigned weight) {
  add_words(url, "", weight, Scope::kEverywhere, false);
}

void TermWriter::add_words(std::string_view text, std::string_view field, unsigned weight, Scope scope,
                           bool spelling) {
  Xapian::termpos base = next_position_;
  for (const AnalyzedWord& word : thread_analyzer().analyze(text)) {
    for (std::size_t i = 0; i < word.parts.size(); ++i) add_word(word.parts[i], base + i, field, weight, scope);
    if (word.is_compound()) {
      Xapian::termpos last = base + word.parts.size() - 1;
      if (!word.joined.empty()) add_word(word.joined, last, field, weight, scope);
      for (const GroupTerm& group : word.groups) add_word(group.text, base + group.last_part, field, weight, scope);
    }
    base += word.parts.size();
    if (!spelling || within_url(text, word.begin)) continue;
    bool dotted = is_dotted_name(text.substr(word.begin, word.end - word.begin));
    if (!dotted && !word.joined.empty() && is_spelling_word(word.joined)) spelling_.insert(word.joined);
    if (word.is_compound()) {
      for (const auto& part : word.parts) {
        if (is_spelling_word(part)) spelling_.insert(part);
      }
    }
  }
  next_position_ = base + kGapBetweenTexts;
}

}  // namespace podseek
