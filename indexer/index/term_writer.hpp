// Writes analysed text into a Xapian document: every word's parts at consecutive positions,
// joined forms at the position of their last part, stemmed terms (in the document's language)
// without positions, and the same words for a named field (title, guest, chapter, topic) when
// asked. Collects the words worth offering as spelling corrections, never pieces of URLs.
// Thread safety: one TermWriter per document being built.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <xapian.h>

namespace podseek {

class TermWriter {
 public:
  // stemmer: a Xapian stemmer name ("english", "german"), or "" to index without stems.
  explicit TermWriter(Xapian::Document& document, std::string stemmer = "english")
      : document_(document), stemmer_(std::move(stemmer)) {}

  // Where added text can be found: by a plain query and its field, or by its field alone.
  enum class Scope { kEverywhere, kFieldOnly };

  // Adds text, searchable unprefixed and, when field is not empty, under that field prefix.
  // weight multiplies the within-document frequency (title words count more than notes).
  void add_text(std::string_view text, std::string_view field, unsigned weight, Scope scope = Scope::kEverywhere);

  // Adds a web address: searchable like text, but none of its words are spelling words.
  void add_url(std::string_view url, unsigned weight);

  // Words worth offering as spelling corrections (folded, at least 3 bytes, with letters; no
  // word of a URL, e-mail address, and no joined form of a dotted name like "tokio.rs").
  const std::set<std::string>& spelling_words() const { return spelling_; }

 private:
  void add_words(std::string_view text, std::string_view field, unsigned weight, Scope scope, bool spelling);
  void add_word(const std::string& word, Xapian::termpos position, std::string_view field, unsigned weight,
                Scope scope);

  Xapian::Document& document_;
  std::string stemmer_;
  Xapian::termpos next_position_ = 1;
  std::set<std::string> spelling_;
};

}  // namespace podseek
