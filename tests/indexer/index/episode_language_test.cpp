// Tests for the language rules of indexer/index/episode_documents.cpp and term_writer.cpp: each
// episode is stemmed in its podcast's language and says which; languages without a stemmer are
// indexed unstemmed with a warning; URLs give no spelling words.
#include <catch2/catch.hpp>

#include "common/corpus_json.hpp"
#include "common/index_schema.hpp"
#include "indexer/index/episode_documents.hpp"
#include "indexer/index/index_writer.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

bool has_prefix(const Xapian::Document& doc, const std::string& prefix) {
  auto it = doc.termlist_begin();
  it.skip_to(prefix);
  return it != doc.termlist_end() && (*it).compare(0, prefix.size(), prefix) == 0;
}

Podcast fixture(const std::string& name) {
  return load_corpus_file(testing::repo_file("tests/fixtures/languages/" + name + ".json"));
}

}  // namespace

TEST_CASE("A German episode is stemmed in German and records its language") {
  Podcast podcast = fixture("de");
  REQUIRE(podcast.listing.language == "de-DE");
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(has_term(docs.episode, schema::analysis_language_term("de")));
  CHECK(has_term(docs.episode, "hauser"));        // the exact form, folded
  CHECK(has_term(docs.episode, "Zhaus"));         // its German stem (English would give "hauser")
  CHECK(has_term(docs.episode, "Znetzwerk"));     // Netzwerke
  CHECK(has_term(docs.episode, "ZSnetzwerk"));    // in the title field too
  CHECK(has_term(docs.episode, "http3"));         // the jargon rules hold in German
  CHECK_FALSE(has_term(docs.episode, schema::analysis_language_term("en")));
}

TEST_CASE("Chapters and transcript segments are analysed in their episode's language") {
  Podcast podcast = fixture("nl");
  Episode episode = podcast.episodes[0];
  episode.chapters = {{"Nieuwe boeken", 0}};
  episode.transcript = {{12, "Gast", "We lazen boeken.", {}}};
  EpisodeDocuments docs = build_episode_documents(podcast, episode, TopicTagger());
  REQUIRE(docs.chapters.size() == 1);
  REQUIRE(docs.segments.size() == 1);
  for (const Xapian::Document* doc : {&docs.chapters[0], &docs.segments[0]}) {
    CHECK(has_term(*doc, schema::analysis_language_term("nl")));
  }
  CHECK(has_term(docs.chapters[0], "ZXCboek"));
  CHECK(has_term(docs.segments[0], "Zboek"));
}

TEST_CASE("An episode's own listing language wins over its podcast's, and none means English") {
  Podcast podcast{.title = "Show"};
  Episode episode{.guid = "1", .title = "Networks"};
  CHECK(episode_language(podcast, episode) == "en");
  podcast.listing.language = "es-MX";
  CHECK(episode_language(podcast, episode) == "es");
  episode.listing.language = "ca";
  CHECK(episode_language(podcast, episode) == "ca");
  podcast.listing.language = "!!";
  episode.listing.language = "";
  CHECK(episode_language(podcast, episode) == "en");
}

TEST_CASE("Languages without a stemmer are indexed unstemmed, with a warning naming the podcast") {
  for (const char* name : {"ja", "zh", "th"}) {
    INFO(name);
    Podcast podcast = fixture(name);
    EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
    CHECK(has_term(docs.episode, schema::analysis_language_term(name)));
    CHECK_FALSE(has_prefix(docs.episode, std::string(schema::kStemPrefix)));
    std::optional<std::string> warning = language_warning(podcast);
    REQUIRE(warning);
    CHECK(warning->find(podcast.title) != std::string::npos);
    CHECK(warning->find("\"" + std::string(name) + "\" has no stemmer") != std::string::npos);
  }
  Podcast japanese = fixture("ja");
  EpisodeDocuments docs = build_episode_documents(japanese, japanese.episodes[0], TopicTagger());
  CHECK(has_term(docs.episode, "ラーメン"));  // a word inside unspaced text
  CHECK(has_term(docs.episode, "東京"));
  CHECK_FALSE(language_warning(fixture("de")));
}

TEST_CASE("A language tag that is no tag is analysed as English, with a warning") {
  Podcast podcast{.title = "Odd"};
  podcast.listing.language = "deutsch!";
  REQUIRE(language_warning(podcast));
  CHECK(*language_warning(podcast) ==
        "podcast \"Odd\": language \"deutsch!\" is not a language tag; analysed as \"en\"");
}

TEST_CASE("The indexer reports the warning of a podcast without a stemmer") {
  testing::TempDir dir;
  IndexWriter writer(dir.file("db"), TopicTagger());
  IndexReport report = writer.add_podcast(fixture("th"), false);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("\"th\" has no stemmer") != std::string::npos);
  CHECK(writer.add_podcast(fixture("es"), false).warnings.empty());
}

TEST_CASE("No spelling word comes from a URL, in links or in the text") {
  Podcast podcast = fixture("en");
  Episode episode = podcast.episodes[0];
  episode.links = {{"https://docs.rs/hyperium/latest", "Hyper documentation"}};
  EpisodeDocuments docs = build_episode_documents(podcast, episode, TopicTagger());
  for (const char* fragment : {"tokiors", "github", "hyperium", "docs", "latest"}) {
    INFO(fragment);
    CHECK(docs.spelling_words.count(fragment) == 0);
  }
  CHECK(docs.spelling_words.count("tokio") == 1);  // from the dotted name's parts
  CHECK(docs.spelling_words.count("documentation") == 1);
  CHECK(has_term(docs.episode, "hyperium"));  // still searchable
}
