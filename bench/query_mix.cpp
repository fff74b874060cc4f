// Query instances (see query_mix.hpp).
#include "bench/query_mix.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <set>
#include <string_view>

#include "common/ascii_text.hpp"
#include "bench/random.hpp"

namespace podseek::bench {
namespace {

using ascii::lower;

bool plain_word(const std::string& w) {
  return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c); });
}


// The words of a text, punctuation trimmed from their ends.
std::vector<std::string> text_words(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    std::string w = text.substr(i, end - i);
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    if (!w.empty()) out.push_back(w);
    i = end + 1;
  }
  return out;
}

// An FTS5 string: double quotes doubled, the whole quoted.
std::string fts5_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Sphinx's query operators escaped with a backslash, so that `HTTP/3` or `0-RTT` are words.
std::string sphinx_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\()|-!@~\"&/^$=<*").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

class Drawer {
 public:
  Drawer(const SyntheticCorpus& corpus, std::uint64_t seed) : corpus_(corpus), rng_(seed) {
    for (std::size_t id = 0; id < corpus.vocabulary.size(); ++id) {
      if (!corpus.is_stopword[id] && corpus.occurrences[id] > 0) content_.push_back(id);
    }
    std::stable_sort(content_.begin(), content_.end(),
                     [&](std::size_t a, std::size_t b) { return corpus.occurrences[a] > corpus.occurrences[b]; });
  }

  const Episode& episode() {
    const Podcast& p = corpus_.podcasts[rng_.below(corpus_.podcasts.size())];
    return p.episodes[rng_.below(p.episodes.size())];
  }

  // A content word of a random episode's description satisfying ok.
  template <class Ok>
  std::string description_word(Ok ok) {
    for (;;) {
      std::vector<std::string> words = text_words(episode().description);
      for (int tries = 0; tries < 20; ++tries) {
        const std::string& w = words[rng_.below(words.size())];
        if (!is_stop(w) && ok(w)) return w;
      }
    }
  }

  bool is_stop(const std::string& w) const {
    auto it = std::find(corpus_.vocabulary.begin(), corpus_.vocabulary.begin() + 40, lower(w));
    return it != corpus_.vocabulary.begin() + 40 && corpus_.is_stopword[it - corpus_.vocabulary.begin()];
  }

  BenchQuery make(QueryClass kind) {
    BenchQuery q;
    q.kind = kind;
    switch (kind) {
      case QueryClass::kCommonWord: {  // one of the 100 most frequent content words
        std::size_t top = std::min<std::size_t>(100, content_.size());
        q.words = {corpus_.vocabulary[content_[rng_.below(top)]]};
        break;
      }
      case QueryClass::kRareWord: {  // a word that occurs 2 to 5 times in the whole corpus
        std::vector<std::size_t> rare;
        for (std::size_t id : content_) {
          if (corpus_.occurrences[id] >= 2 && corpus_.occurrences[id] <= 5) rare.push_back(id);
        }
        if (rare.empty()) rare.push_back(content_.back());
        q.words = {corpus_.vocabulary[rare[rng_.below(rare.size())]]};
        break;
      }
      case QueryClass::kTwoWords: {  // two content words of one episode's description
        std::string a, b;
        for (;;) {
          std::vector<std::string> words = text_words(episode().description);
          std::vector<std::string> content;
          for (const auto& w : words) {
            if (!is_stop(w)) content.push_back(w);
          }
          if (content.size() < 2) continue;
          a = content[rng_.below(content.size())];
          b = content[rng_.below(content.size())];
          if (lower(a) != lower(b)) break;
        }
        q.words = {a, b};
        break;
      }
      case QueryClass::kPhrase: {  // two adjacent content words of a description
        for (;;) {
          std::vector<std::string> words = text_words(episode().description);
          std::size_t i = rng_.below(words.size() - 1);
          if (!is_stop(words[i]) && !is_stop(words[i + 1]) && plain_word(words[i]) && plain_word(words[i + 1])) {
            q.words = {words[i] + " " + words[i + 1]};
            break;
          }
        }
        q.phrase = true;
        break;
      }
      case QueryClass::kPrefix: {  // the first 4 letters of a word of 6 or more
        std::string w = description_word([](const std::string& w) { return plain_word(w) && w.size() >= 6; });
        q.words = {lower(w.substr(0, 4))};
        q.partial = true;
        break;
      }
      case QueryClass::kFacetFilter: {  // a word of an episode, filtered by that episode's guest
        const Episode& e = episode();
        std::vector<std::string> words = text_words(e.description);
        std::string w;
        while (w.empty() || is_stop(w)) w = words[rng_.below(words.size())];
        q.words = {w};
        q.guest = e.guests.front();
        break;
      }
      case QueryClass::kTypo: {  // a word of 6 or more letters with one letter replaced
        std::string w = lower(description_word([](const std::string& w) { return plain_word(w) && w.size() >= 6; }));
        std::size_t at = 1 + rng_.below(w.size() - 2);
        char c = w[at];
        while (c == w[at]) c = static_cast<char>('a' + rng_.below(26));
        w[at] = c;
        q.words = {w};
        break;
      }
      case QueryClass::kBrowse:
        break;
    }
    return q;
  }

 private:
  const SyntheticCorpus& corpus_;
  Rng rng_;
  std::vector<std::size_t> content_;
};

std::string key(const BenchQuery& q) { return q.podseek_text() + "\x1f" + q.guest; }

}  // namespace

const std::vector<QueryClass>& all_query_classes() {
  static const std::vector<QueryClass> classes = {QueryClass::kCommonWord, QueryClass::kRareWord, QueryClass::kTwoWords,
                                                  QueryClass::kPhrase,     QueryClass::kPrefix,   QueryClass::kFacetFilter,
                                                  QueryClass::kTypo,       QueryClass::kBrowse};
  return classes;
}

const char* query_class_name(QueryClass c) {
  switch (c) {
    case QueryClass::kCommonWord: return "common_word";
    case QueryClass::kRareWord: return "rare_word";
    case QueryClass::kTwoWords: return "two_words";
    case QueryClass::kPhrase: return "phrase";
    case QueryClass::kPrefix: return "prefix";
    case QueryClass::kFacetFilter: return "facet_filter";
    case QueryClass::kTypo: return "typo";
    case QueryClass::kBrowse: return "browse";
  }
  return "?";
}

std::string BenchQuery::podseek_text() const {
  if (phrase) return "\"" + words.front() + "\"";
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

std::string BenchQuery::fts5_match() const {
  std::string match;
  for (const auto& w : words) match += (match.empty() ? "" : " ") + fts5_string(w);
  if (partial) match += " *";
  return match;
}

std::string BenchQuery::sphinx_match() const {
  if (phrase) return "\"" + sphinx_escaped(words.front()) + "\"";
  std::string match;
  for (const auto& w : words) match += (match.empty() ? "" : " ") + sphinx_escaped(w);
  if (partial) match += "*";
  return match;
}

std::vector<BenchQuery> make_queries(const SyntheticCorpus& corpus, QueryClass kind, std::size_t count,
                                     std::uint64_t seed) {
  Drawer drawer(corpus, seed * 31 + static_cast<std::uint64_t>(kind));
  std::vector<BenchQuery> out;
  std::set<std::string> seen;
  if (kind == QueryClass::kBrowse) return std::vector<BenchQuery>(count, drawer.make(kind));
  // Distinct instances; a small corpus may have fewer, then some repeat.
  for (std::size_t tries = 0; out.size() < count && tries < count * 20; ++tries) {
    BenchQuery q = drawer.make(kind);
    if (seen.insert(key(q)).second) out.push_back(std::move(q));
  }
  for (std::size_t i = 0; out.size() < count && !out.empty(); ++i) out.push_back(out[i]);
  return out;
}

}  // namespace podseek::bench
