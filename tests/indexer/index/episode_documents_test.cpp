// Tests for indexer/episode_documents.cpp and term_writer.cpp: what an episode becomes.
#include "indexer/index/episode_documents.hpp"

#include <catch2/catch.hpp>

#include "common/index_schema.hpp"

using namespace podseek;

namespace {

Podcast one_episode_podcast() {
  Podcast podcast{.title = "netstack.fm"};
  Episode episode{.guid = "g1", .number = 7, .title = "Rustls with Dirkjan Ochtman"};
  episode.guests = {"Dirkjan Ochtman"};
  episode.description = "Talking about HTTP/3 and io_uring.";
  episode.chapters = {{"Intro", 0}, {"Exploring the H3 Protocol", 815}};
  episode.links = {{"https://datatracker.ietf.org/doc/html/rfc9000", "RFC 9000 – QUIC"}};
  podcast.episodes.push_back(episode);
  return podcast;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (*it == term) return {it.positionlist_begin(), it.positionlist_end()};
  }
  return {};
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

}  // namespace

TEST_CASE("A compound word is indexed as its parts in a row and joined at the last part") {
  Podcast podcast = one_episode_podcast();
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  auto http = positions(docs.episode, "http");
  auto three = positions(docs.episode, "3");
  auto joined = positions(docs.episode, "http3");
  REQUIRE(http.size() == 1);
  REQUIRE(joined.size() == 1);
  CHECK(std::find(three.begin(), three.end(), http[0] + 1) != three.end());
  CHECK(joined[0] == http[0] + 1);
  CHECK(has_term(docs.episode, "iouring"));
  CHECK(has_term(docs.episode, "rfc9000"));
}

TEST_CASE("Title, guest and chapter words are also searchable by field") {
  Podcast podcast = one_episode_podcast();
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(has_term(docs.episode, "Srustls"));
  CHECK(has_term(docs.episode, "Aochtman"));
  CHECK(has_term(docs.episode, "XCh3"));
  CHECK(has_term(docs.episode, schema::guest_term("dirkjan ochtman")));
}

TEST_CASE("Every chapter becomes a document of its own with its start") {
  Podcast podcast = one_episode_podcast();
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  REQUIRE(docs.chapters.size() == 2);
  CHECK(Xapian::sortable_unserialise(docs.chapters[1].get_value(schema::kStartSlot)) == 815);
  CHECK(has_term(docs.chapters[1], "h3"));
  CHECK(has_term(docs.chapters[1], schema::episode_term("netstack.fm/7")));
  CHECK_FALSE(has_term(docs.chapters[0], "h3"));
}

TEST_CASE("A transcript segment carries its speaker, folded, so a guest's passages are found without reading others") {
  Podcast podcast = one_episode_podcast();
  podcast.episodes[0].transcript = {{0, "Dirkjan OCHTMAN", "Hello.", {}}, {5, "", "Who speaks is not known here.", {}}};
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  REQUIRE(docs.segments.size() == 2);
  CHECK(has_term(docs.segments[0], schema::speaker_term("dirkjan ochtman")));
  auto speaker_terms = [](const Xapian::Document& doc) {
    auto it = doc.termlist_begin();
    it.skip_to(std::string(schema::kSpeakerPrefix));
    return it != doc.termlist_end() && (*it).rfind(std::string(schema::kSpeakerPrefix), 0) == 0;
  };
  CHECK_FALSE(speaker_terms(docs.segments[1]));
  CHECK_FALSE(speaker_terms(docs.episode));
}

TEST_CASE("A topic tags an episode from a title or chapter mention, or two mentions in the notes") {
  TopicTagger tagger({{"QUIC & HTTP/3", {"quic", "http/3", "h3"}}, {"DNS", {"dns"}}, {"Kernels", {"io_uring"}}});
  Podcast podcast = one_episode_podcast();
  auto topics = episode_topics(podcast.episodes[0], tagger);
  // h3 in a chapter; http/3 and QUIC once each in the notes; io_uring only once in the notes.
  CHECK(topics == std::vector<std::string>{"QUIC & HTTP/3"});
}

TEST_CASE("The content hash changes with the content and only then") {
  Podcast podcast = one_episode_podcast();
  auto first = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  auto again = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(first.content_hash == again.content_hash);
  podcast.episodes[0].chapters[1].title = "Exploring HTTP/3";
  auto changed = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(first.content_hash != changed.content_hash);
}

TEST_CASE("An episode carries its podcast's language code and categories as filter terms and facet values") {
  Podcast podcast = one_episode_podcast();
  podcast.listing.language = "de-DE";
  podcast.listing.categories = {"Technology", "Technology > Tech News"};
  podcast.episodes[0].duration_seconds = 3599;
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(has_term(docs.episode, "XLde"));
  CHECK(has_term(docs.episode, "XYtechnology"));
  CHECK(has_term(docs.episode, "XYtechnology > tech news"));
  CHECK(docs.episode.get_value(schema::kLanguageSlot) == "de");
  CHECK(schema::split_list(docs.episode.get_value(schema::kCategoriesSlot)) ==
        std::vector<std::string>{"Technology", "Technology > Tech News"});
  CHECK(Xapian::sortable_unserialise(docs.episode.get_value(schema::kDurationSlot)) == 3599);
  CHECK(docs.episode.get_value(schema::kDurationOrderSlot) ==
        schema::duration_order_key(docs.episode.get_value(schema::kDurationSlot), docs.episode_id));
  // Only episodes are filtered and counted: chapters carry none of it.
  REQUIRE(!docs.chapters.empty());
  CHECK_FALSE(has_term(docs.chapters[0], "XLde"));
}

TEST_CASE("An episode's own listing wins over its podcast's; no language means the default, no length no value") {
  Podcast podcast = one_episode_podcast();
  podcast.listing.language = "fr";
  podcast.listing.categories = {"Arts"};
  podcast.episodes[0].listing.language = "ca-ES";
  podcast.episodes[0].listing.categories = {"Education"};
  EpisodeDocuments own = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  CHECK(own.episode.get_value(schema::kLanguageSlot) == "ca");
  CHECK(has_term(own.episode, "XYeducation"));
  CHECK_FALSE(has_term(own.episode, "XYarts"));

  Podcast plain = one_episode_podcast();
  plain.listing.language = "English";  // not a code: the default
  EpisodeDocuments none = build_episode_documents(plain, plain.episodes[0], TopicTagger());
  CHECK(none.episode.get_value(schema::kLanguageSlot) == "en");
  CHECK(has_term(none.episode, "XLen"));
  CHECK(none.episode.get_value(schema::kCategoriesSlot).empty());
  CHECK(none.episode.get_value(schema::kDurationSlot).empty());
  CHECK(none.episode.get_value(schema::kDurationOrderSlot) == schema::duration_order_key("", none.episode_id));
}
