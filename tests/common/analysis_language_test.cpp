// Tests for common/analysis_language.cpp and the per-language parts of text_analyzer.cpp:
// language tags, stemmer names, stopwords, stems, and word breaks in unspaced scripts.
#include "common/analysis_language.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "common/text_analyzer.hpp"

using namespace podseek;

namespace {

// The joined forms of the words of a text, space-separated.
std::string words_of(const std::string& text) {
  std::string out;
  for (const AnalyzedWord& word : thread_analyzer().analyze(text)) out += (out.empty() ? "" : " ") + word.joined;
  return out;
}

}  // namespace

TEST_CASE("Language tags become their base code, lower-cased") {
  struct Row { const char* tag; const char* code; };
  for (const Row& row : std::vector<Row>{{"de-DE", "de"}, {"en-us", "en"}, {"nl-BE", "nl"}, {"ca", "ca"},
                                         {"EN_GB", "en"}, {" fr-FR ", "fr"}, {"zh-Hant-TW", "zh"}, {"yue", "yue"}}) {
    INFO(row.tag);
    CHECK(normalize_language_code(row.tag) == row.code);
    CHECK(analysis_language(row.tag) == row.code);
  }
  for (const char* bad : {"", "e", "12", "english!", "de-DE!", "abcdefghi"}) {
    INFO(bad);
    CHECK(normalize_language_code(bad).empty());
    CHECK(analysis_language(bad) == "en");
  }
}

TEST_CASE("Every stemmer name is one Xapian ships, and languages without one are unstemmed") {
  std::vector<std::string> available;
  std::string names = Xapian::Stem::get_available_languages();
  for (std::size_t at = 0; at < names.size();) {
    std::size_t space = names.find(' ', at);
    available.push_back(names.substr(at, space - at));
    at = space == std::string::npos ? names.size() : space + 1;
  }
  for (const std::string& code : stemmed_languages()) {
    INFO(code);
    CHECK(std::count(available.begin(), available.end(), stemmer_name(code)) == 1);
  }
  CHECK(stemmer_name("de") == "german");
  CHECK(stemmer_name("ca") == "catalan");
  CHECK(stemmer_name("nb") == "norwegian");
  for (const char* code : {"ja", "zh", "th", "pl", "el", "xx"}) CHECK(stemmer_name(code).empty());
  CHECK(is_known_language("ja"));
  CHECK(is_known_language("de"));
  CHECK_FALSE(is_known_language("xx"));
}

TEST_CASE("A singular and its plural share a stem in each podcast language") {
  struct Row { const char* language; const char* singular; const char* plural; };
  TextAnalyzer& analyzer = thread_analyzer();
  for (const Row& row : std::vector<Row>{{"de", "netzwerk", "netzwerke"}, {"de", "haus", "hauser"},
                                         {"nl", "boek", "boeken"}, {"es", "cancion", "canciones"},
                                         {"ca", "xarxa", "xarxes"}, {"fr", "reseau", "reseaux"},
                                         {"it", "canzone", "canzoni"}, {"pt", "rede", "redes"}}) {
    INFO(row.language << ": " << row.singular << " / " << row.plural);
    const std::string stemmer = stemmer_name(row.language);
    CHECK(analyzer.stem(row.singular, stemmer) == analyzer.stem(row.plural, stemmer));
  }
  // The English stemmer does not know German plurals: that is why the language matters.
  CHECK(analyzer.stem("hauser", "english") != analyzer.stem("haus", "english"));
  CHECK(analyzer.stem("boeken", "") == "boeken");
}

TEST_CASE("Stopwords are per language") {
  CHECK(is_stopword("the", "en"));
  CHECK(is_stopword("die", "de"));
  CHECK_FALSE(is_stopword("die", "en"));
  CHECK(is_stopword("het", "nl"));
  CHECK(is_stopword("los", "es"));
  CHECK(is_stopword("els", "ca"));
  CHECK(is_stopword("les", "fr"));
  CHECK_FALSE(is_stopword("netzwerk", "de"));
  CHECK_FALSE(is_stopword("the", "ja"));  // no list: nothing is dropped
}

TEST_CASE("Japanese, Chinese and Thai text is split into dictionary words") {
  CHECK(words_of("東京でラーメンを食べました。") == "東京 で ラーメン を 食 べ ま した");
  CHECK(words_of("我们讨论了网络协议和数据库") == "我们 讨论 了 网络 协议 和 数据 库");
  CHECK(words_of("เครือข่ายคอมพิวเตอร์") == "เครือ ข่าย คอมพิวเตอร์");
  // Latin words beside them stay whole, and the jargon rules still apply.
  CHECK(words_of("HTTP/3の話") == "http3 の 話");
}

TEST_CASE("Accents fold on Latin, Greek and Cyrillic letters but Thai marks and kana voicing stay") {
  TextAnalyzer& analyzer = thread_analyzer();
  CHECK(analyzer.fold("Häuser Cançó Ἀθήνα ёлка") == "hauser canco αθηνα елка");
  CHECK(analyzer.fold("กับ") == "กับ");    // the vowel and tone marks are part of the word
  CHECK(analyzer.fold("ガイド") == "ガイド");  // not カイト
}

TEST_CASE("The jargon rules apply in every language") {
  CHECK(words_of("Wir sprechen über HTTP/3 und io_uring") == "wir sprechen uber http3 und iouring");
  CHECK(words_of("Hablamos de gRPC-Web") == "hablamos de grpcweb");
}
