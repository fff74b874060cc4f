// The one place where text becomes search terms, used by the indexer and the query side alike.
// ICU folds the text (NFKC, case, accents, apostrophe and dash variants) and finds word
// boundaries (with its dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese, whose
// words each stand alone); compound technical words (HTTP/3, io_uring, ZeroCopy, gRPC-Web, netstack3) are
// split at - _ / . at case changes and at letter-digit boundaries, and also kept joined.
// Thread safety: a TextAnalyzer is not thread-safe; use one per thread (thread_analyzer()).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace podseek {

// A term that stands for a group of a word's parts, e.g. "grpc" for the parts "g","rpc".
struct GroupTerm {
  std::string text;
  std::size_t first_part = 0;  // index into AnalyzedWord::parts of the group's first part
  std::size_t last_part = 0;   // and of its last part
};

// One word of a text as the analyser sees it, with its place in the source bytes.
struct AnalyzedWord {
  std::string joined;                // the whole word, folded, separators removed: "http3"
  std::vector<std::string> parts;    // the smallest pieces, in order: {"http", "3"}
  std::vector<GroupTerm> groups;     // joins of multi-piece segments: {"grpc", 1}
  std::size_t begin = 0, end = 0;    // byte range of the word in the analysed UTF-8 text

  bool is_compound() const { return parts.size() > 1; }

  // The word as its separated segments, each joined: "gRPC-Web" -> {"grpc", "web"}.
  std::vector<std::string> segments() const;
};

class TextAnalyzer {
 public:
  TextAnalyzer();
  ~TextAnalyzer();
  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;

  // Splits UTF-8 text into words. Invalid UTF-8 is replaced, never an error.
  std::vector<AnalyzedWord> analyze(std::string_view text);

  // Folds text the way words are folded (case, accents, width, apostrophes), without
  // splitting it: for exact-value fields such as guest names and topics.
  std::string fold(std::string_view text);

  // The stem of a folded term by the named Xapian stemmer ("english": "pooling" -> "pool";
  // "german": "hauser" -> "haus"); terms with digits are kept, and so is every term when the
  // stemmer is "" (a language without one). Throws Xapian::InvalidArgumentError for a name
  // Xapian does not know (stemmer_name() in analysis_language.hpp gives only known ones).
  std::string stem(const std::string& term, std::string_view stemmer = "english");

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The calling thread's analyser, created on first use.
TextAnalyzer& thread_analyzer();

// True for the small set of English words a query may drop ("the", "in", "of" …).
bool is_stopword(std::string_view folded_term);
// The same for the stopword list of a language (a base code, "de"; analysis_language.hpp).
bool is_stopword(std::string_view folded_term, std::string_view language);

}  // namespace podseek
