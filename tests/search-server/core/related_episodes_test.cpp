// Tests for search-server/core/related_episodes.cpp on the netstack.fm corpus, by rules that hold
// for any corpus: never the episode itself, reasons that are shared words, best first, and
// episodes that share a guest or a topic above those that share neither.
#include "search-server/core/related_episodes.hpp"

#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "common/ascii_text.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/catalog.hpp"
#include "tests/support/netstack_index.hpp"

using namespace podseek;

namespace {

struct Fixture {
  testing::NetstackIndex index;
  IndexReader reader{index.path()};
  RelatedEpisodes related{reader};
  Catalog catalog{reader};

  RelatedResult of(const std::string& id, int limit = RelatedLimits::kMaxLimit) {
    auto result = related.related(id, limit);
    REQUIRE(result.ok());
    return result.value();
  }
  std::vector<StoredEpisode> every_episode() {
    auto list = catalog.list_episodes(1, SearchLimits::kMaxPerPage);
    REQUIRE(list.ok());
    return list.value().episodes;
  }
};

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

bool shares_guest_or_topic(const StoredEpisode& a, const StoredEpisode& b) {
  return share_any(a.episode.guests, b.episode.guests) || share_any(a.topics, b.topics);
}

// Every folded word of what an episode is about (not its URLs), to check that a shared word is a word
// both episodes have.
std::set<std::string> words_of(const StoredEpisode& stored) {
  const Episode& e = stored.episode;
  std::string text = e.title + " " + e.description;
  for (const auto& guest : e.guests) text += " " + guest;
  for (const auto& host : e.hosts) text += " " + host;
  for (const auto& chapter : e.chapters) text += " " + chapter.title;
  for (const auto& link : e.links) text += " " + link.label;  // not its URLs
  for (const auto& topic : stored.topics) text += " " + topic;
  std::set<std::string> out;
  for (const auto& word : thread_analyzer().analyze(text)) {
    out.insert(word.joined);
    for (const auto& part : word.parts) out.insert(part);
    for (const auto& group : word.groups) out.insert(group.text);
    for (const auto& segment : word.segments()) out.insert(segment);
  }
  return out;
}

}  // namespace

TEST_CASE("Related episodes never include the episode itself and each comes with reasons") {
  Fixture f;
  for (const StoredEpisode& episode : f.every_episode()) {
    INFO(episode.id);
    RelatedResult result = f.of(episode.id);
    CHECK(result.id == episode.id);
    CHECK_FALSE(result.terms.empty());
    REQUIRE_FALSE(result.related.empty());
    for (const RelatedEpisode& other : result.related) {
      CHECK(other.stored.id != episode.id);
      CHECK_FALSE(other.reasons().empty());
      CHECK(other.words.size() <= static_cast<std::size_t>(RelatedLimits::kReasonsPerEpisode));
    }
  }
}

TEST_CASE("Episodes sharing a guest or a topic rank above episodes sharing neither") {
  Fixture f;
  std::vector<StoredEpisode> all = f.every_episode();
  int checked = 0;
  for (const StoredEpisode& episode : all) {
    INFO(episode.id);
    RelatedResult result = f.of(episode.id);
    bool seen_unrelated = false;
    for (const RelatedEpisode& other : result.related) {
      INFO("then " << other.stored.id);
      bool shares = shares_guest_or_topic(episode, other.stored);
      if (shares) CHECK_FALSE(seen_unrelated);
      seen_unrelated = seen_unrelated || !shares;
    }
    // And every episode that shares a topic or guest is found (the index is small).
    auto sharing = std::count_if(all.begin(), all.end(), [&](const StoredEpisode& other) {
      return other.id != episode.id && shares_guest_or_topic(episode, other);
    });
    auto found = std::count_if(result.related.begin(), result.related.end(),
                               [&](const RelatedEpisode& other) { return shares_guest_or_topic(episode, other.stored); });
    CHECK(found == sharing);
    checked += sharing > 0;
  }
  CHECK(checked >= 5);  // the rule was tested on episodes that do share topics
}

TEST_CASE("Shared words are words of both episodes, never URL pieces, prefixed terms or stop words") {
  Fixture f;
  for (const StoredEpisode& episode : f.every_episode()) {
    std::set<std::string> own = words_of(episode);
    for (const RelatedEpisode& other : f.of(episode.id).related) {
      std::set<std::string> theirs = words_of(other.stored);
      for (const std::string& reason : other.words) {
        INFO(episode.id << " -> " << other.stored.id << ": " << reason);
        CHECK(own.count(reason) == 1);
        CHECK(theirs.count(reason) == 1);
        CHECK_FALSE(is_stopword(reason));
        CHECK(reason.size() >= 3);
      }
      for (const std::string& guest : other.shared_guests) CHECK(share_any({guest}, episode.episode.guests));
      for (const std::string& topic : other.shared_topics) CHECK(share_any({topic}, episode.topics));
    }
  }
}

TEST_CASE("Related episodes come in tiers (a shared guest, a shared topic, neither), best first in each") {
  Fixture f;
  auto tier = [](const RelatedEpisode& e) { return e.shared_guests.empty() ? (e.shared_topics.empty() ? 0 : 1) : 2; };
  for (const StoredEpisode& episode : f.every_episode()) {
    INFO(episode.id);
    RelatedResult result = f.of(episode.id);
    CHECK(std::is_sorted(result.related.begin(), result.related.end(), [&](const RelatedEpisode& a, const RelatedEpisode& b) {
      return tier(a) != tier(b) ? tier(a) > tier(b) : a.score > b.score;
    }));
  }
}

TEST_CASE("At most limit related episodes, the head of the longer list") {
  Fixture f;
  RelatedResult three = f.of("netstack.fm/11", 3);
  REQUIRE(three.related.size() == 3);
  RelatedResult more = f.of("netstack.fm/11");
  for (std::size_t i = 0; i < 3; ++i) CHECK(more.related[i].stored.id == three.related[i].stored.id);
}

TEST_CASE("An unknown episode is not found and a limit out of bounds is refused") {
  Fixture f;
  auto unknown = f.related.related("netstack.fm/999");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().code == ErrorCode::kNotFound);
  auto chapter = f.related.related("netstack.fm/11#chapter-1");
  REQUIRE_FALSE(chapter.ok());
  CHECK(chapter.error().code == ErrorCode::kNotFound);
  for (int limit : {0, -1, RelatedLimits::kMaxLimit + 1}) {
    auto refused = f.related.related("netstack.fm/11", limit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "limit must be between 1 and 20");
  }
}

TEST_CASE("Pieces of URLs, in links or written in the notes, are never searched for") {
  testing::TempDir dir;
  Podcast podcast{.title = "Show"};
  podcast.episodes.push_back({.guid = "a", .number = 1, .title = "Runtimes",
                              .description = "Scheduling runtimes, see https://zqxhost.example/qvvpath and www.wwzq.example"});
  podcast.episodes[0].links = {{"https://linkzq.example/kkpath", "Scheduling notes"}};
  podcast.episodes.push_back({.guid = "b", .number = 2, .title = "More runtimes",
                              .description = "Scheduling, https://zqxhost.example/qvvpath www.wwzq.example"});
  podcast.episodes[1].links = {{"https://linkzq.example/kkpath", "elsewhere"}};
  podcast.episodes.push_back({.guid = "c", .number = 3, .title = "Gardening", .description = "Tomatoes."});
  {
    IndexWriter writer(dir.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  IndexReader reader(dir.file("db"));
  auto result = RelatedEpisodes(reader).related("show/1");
  INFO((result.ok() ? "" : result.error().message));
  REQUIRE(result.ok());
  REQUIRE(result.value().related.size() == 1);  // Gardening shares nothing
  const RelatedEpisode& other = result.value().related.front();
  CHECK(other.stored.id == "show/2");
  CHECK(std::find(other.words.begin(), other.words.end(), "runtimes") != other.words.end());
  for (const std::string& term : result.value().terms) {
    INFO(term);
    for (const char* piece : {"zqxhost", "qvvpath", "wwzq", "linkzq", "kkpath", "https", "www", "example"}) {
      CHECK(term != piece);
    }
  }
}

TEST_CASE("The words searched for are telling words, not ids, filters or stems") {
  CHECK(related_term_word("Ainden") == "inden");
  CHECK(related_term_word("XTquic") == "quic");
  CHECK(related_term_word("tokio") == "tokio");
  Fixture f;
  for (const std::string& term : f.of("netstack.fm/11").terms) {
    INFO(term);
    CHECK_FALSE(term.empty());
    CHECK_FALSE(ascii::is_upper(term[0]));
  }
}
