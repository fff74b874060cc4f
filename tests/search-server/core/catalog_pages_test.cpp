// Tests for the catalog's podcast and guest pages (search-server/core/catalog_pages.cpp), the
// episodes before and after an episode (catalog.cpp) and the guest page's named moments
// (guest_page.cpp), on an index of netstack.fm and a small second podcast with transcripts.
#include <catch2/catch.hpp>

#include "search-server/core/catalog.hpp"
#include "search-server/core/guest_page.hpp"
#include "tests/support/netstack_index.hpp"

using namespace podseek;

namespace {

Episode radio_episode(int number, const std::string& published, const std::string& guest) {
  Episode e;
  e.number = number;
  e.guid = "radio-" + std::to_string(number);
  e.title = "Radio " + std::to_string(number) + (guest.empty() ? "" : " with " + guest);
  e.url = "https://radio.example/" + std::to_string(number);
  e.published = published;
  e.hosts = {"Hana Host"};
  if (!guest.empty()) e.guests = {guest};
  e.enclosure_url = "https://radio.example/" + std::to_string(number) + ".mp3";
  e.duration_seconds = 120;
  e.description = "An episode of the radio.";
  return e;
}

// netstack.fm and "Fixture Radio": Ada Example speaks in episode 3 and is named by a chapter of 2.
struct Fixture {
  testing::TempDir dir;
  IndexReader reader{dir.file("index")};
  Catalog catalog{reader};
  Searcher searcher{reader, SynonymTable{}};

  Fixture() {
    IndexWriter writer(dir.file("index"), TopicTagger::load_file(testing::repo_file("data/topics.json")));
    writer.add_podcast(load_corpus_file(testing::repo_file("data/netstack.json")), false);
    Podcast radio;
    radio.title = "Fixture Radio";
    radio.description = "Quiet rooms.";
    radio.image_url = "https://radio.example/art.png";
    radio.listing.categories = {"Arts > Performing Arts"};
    Episode three = radio_episode(3, "2025-03-03", "Ada Example");
    three.transcript = {{2, "Hana Host", "Welcome. My guest is Ada Example.", {}},
                        {31, "Ada Example", "Every room hums in its own key.", {}},
                        {62, "ada example", "The quietest room was a basement.", {}},
                        {80, "Ada Example", "And then I went home.", {}},
                        {95, "Ada Example", "A fourth passage, beyond the three shown.", {}}};
    Episode two = radio_episode(2, "2025-02-03", "Ben Sample");
    two.chapters = {{"Hello", 0, "", ""}, {"What Ada Example taught us", 45, "", ""}};
    radio.episodes = {radio_episode(1, "2025-01-01", ""), two, three};
    writer.add_podcast(radio, false);
    writer.commit();
  }
};

}  // namespace

TEST_CASE("Every podcast is listed with its id, artwork and number of episodes") {
  Fixture f;
  auto podcasts = f.catalog.podcasts();
  REQUIRE(podcasts.ok());
  REQUIRE(podcasts.value().size() == 2);
  const PodcastInfo& radio = podcasts.value()[0];
  CHECK(radio.id == "fixture-radio");
  CHECK(radio.podcast.title == "Fixture Radio");
  CHECK(radio.podcast.image_url == "https://radio.example/art.png");
  CHECK(radio.podcast.listing.categories == std::vector<std::string>{"Arts > Performing Arts"});
  CHECK(radio.episode_count == 3);
  CHECK(podcasts.value()[1].id == "netstack.fm");
  CHECK(podcasts.value()[1].episode_count == 11);
}

TEST_CASE("A podcast's page lists its own episodes newest first, a page at a time, with its hosts") {
  Fixture f;
  auto page = f.catalog.podcast("netstack.fm", 2, 4);
  REQUIRE(page.ok());
  CHECK(page.value().info.podcast.title == "netstack.fm");
  CHECK(page.value().episodes.total == 11);
  std::vector<int> numbers;
  for (const auto& stored : page.value().episodes.episodes) numbers.push_back(stored.episode.number.value());
  CHECK(numbers == std::vector<int>{7, 6, 5, 4});
  CHECK_FALSE(page.value().hosts.empty());

  auto radio = f.catalog.podcast("fixture-radio", 1, 10);
  REQUIRE(radio.ok());
  REQUIRE(radio.value().episodes.episodes.size() == 3);
  CHECK(radio.value().episodes.episodes[0].episode.title == "Radio 3 with Ada Example");
  CHECK(radio.value().hosts == std::vector<std::string>{"Hana Host"});
}

TEST_CASE("An unknown podcast is NotFound and paging out of bounds is InvalidArgument") {
  Fixture f;
  auto missing = f.catalog.podcast("no-such-podcast", 1, 10);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::kNotFound);
  auto bad = f.catalog.podcast("netstack.fm", 1, 51);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidArgument);
  CHECK(bad.error().message.find("per_page") != std::string::npos);
}

TEST_CASE("An episode knows the episodes of its own podcast just before and after it") {
  Fixture f;
  auto newest = f.catalog.episode("netstack.fm/11");
  REQUIRE(newest.ok());
  REQUIRE(newest.value().previous);
  CHECK(newest.value().previous->id == "netstack.fm/10");
  CHECK_FALSE(newest.value().next);
  auto middle = f.catalog.episode("fixture-radio/2");
  REQUIRE(middle.ok());
  REQUIRE(middle.value().previous);
  REQUIRE(middle.value().next);
  CHECK(middle.value().previous->id == "fixture-radio/1");
  CHECK(middle.value().next->id == "fixture-radio/3");
  CHECK(middle.value().next->title == "Radio 3 with Ada Example");
  auto first = f.catalog.episode("fixture-radio/1");
  REQUIRE(first.ok());
  CHECK_FALSE(first.value().previous);
}

TEST_CASE("A guest is found by name in any case, with their episodes and first spoken passages") {
  Fixture f;
  auto guest = f.catalog.guest("ada EXAMPLE", 1, 10);
  REQUIRE(guest.ok());
  CHECK(guest.value().name == "Ada Example");
  REQUIRE(guest.value().episodes.total == 1);
  CHECK(guest.value().episodes.episodes[0].id == "fixture-radio/3");
  // Spoken passages: hers only (speaker compared folded), at most three an episode, in time order.
  REQUIRE(guest.value().spoken.size() == GuestEpisodes::kSpokenPerEpisode);
  CHECK(guest.value().spoken[0].start_seconds == 31);
  CHECK(guest.value().spoken[1].start_seconds == 62);
  CHECK(guest.value().spoken[2].start_seconds == 80);
  CHECK(guest.value().spoken[0].text == "Every room hums in its own key.");
  CHECK(guest.value().spoken[0].deep_link == "https://radio.example/3?t=31");

  auto missing = f.catalog.guest("Nobody Atall", 1, 10);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::kNotFound);
  auto bad = f.catalog.guest("Max Inden", 0, 10);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidArgument);
}

TEST_CASE("The guest page names the chapters and transcript passages that say the guest's name") {
  Fixture f;
  auto page = guest_page(f.catalog, f.searcher, "Ada Example", 1, 10);
  REQUIRE(page.ok());
  bool chapter_of_two = false, passage_of_three = false;
  for (const auto& moment : page.value().named) {
    if (moment.kind == "chapter" && moment.episode_id == "fixture-radio/2") {
      chapter_of_two = true;
      CHECK(moment.start_seconds == 45);
      CHECK(moment.text_html == "What <mark>Ada</mark> <mark>Example</mark> taught us");
      CHECK(moment.enclosure_url == "https://radio.example/2.mp3");
    }
    if (moment.kind == "transcript" && moment.episode_id == "fixture-radio/3") {
      passage_of_three = true;
      CHECK(moment.start_seconds == 2);
      CHECK(moment.speaker == "Hana Host");
    }
  }
  CHECK(chapter_of_two);
  CHECK(passage_of_three);
  // No correction or any-word fallback: a name nobody says names nothing.
  auto max = guest_page(f.catalog, f.searcher, "Max Inden", 1, 10);
  REQUIRE(max.ok());
  for (const auto& moment : max.value().named) CHECK(moment.episode_id == "netstack.fm/11");
}
