// Tests for common/guest_inference.cpp: a table of sentences in each shape and each exclusion.
#include "common/guest_inference.hpp"

#include <catch2/catch.hpp>

#include "common/corpus_json.hpp"

using namespace podseek;

namespace {

// The guests one episode would get in a podcast of that one episode plus `others` (for the
// vocabulary and organisation signals), published by `publisher`.
std::vector<std::string> guests_of(const std::string& title, const std::string& description,
                                   const std::vector<std::string>& others = {}, const std::string& publisher = "") {
  Podcast podcast;
  podcast.title = "A Podcast";
  podcast.episodes.push_back({});
  podcast.episodes[0].guid = "1";
  podcast.episodes[0].title = title;
  podcast.episodes[0].description = description;
  for (const std::string& other : others) {
    Episode e;
    e.guid = std::to_string(podcast.episodes.size() + 1);
    e.title = "Other";
    e.description = other;
    podcast.episodes.push_back(e);
  }
  infer_guests(podcast, publisher.empty() ? std::vector<std::string>{} : std::vector<std::string>{publisher});
  return podcast.episodes[0].guests;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Each common shape of a title or description names its guests") {
  struct Row { const char* title; const char* description; Names guests; };
  const Row rows[] = {
      {"Barbie with Jen Cownie", "", {"Jen Cownie"}},
      {"Kate Moss with Alexandra Haddow", "", {"Alexandra Haddow"}},
      {"Wild Garbage #2 (with Jen Cownie)", "", {"Jen Cownie"}},
      {"Episode 212 - Organizing (Ft. Jordan van den Lamb)", "", {"Jordan van den Lamb"}},
      {"Bonus: Conversations with AI, featuring Brian Roemmele", "", {"Brian Roemmele"}},
      {"Bonus: Running in a Steeplechase w/ Don Melton", "", {"Don Melton"}},
      {"Babel with Henry Zhu, Amjad Masad, Logan Smyth, and Sebastian McKenzie", "",
       {"Henry Zhu", "Amjad Masad", "Logan Smyth", "Sebastian McKenzie"}},
      {"Learning with Ashley G. Williams and Kyle Simpson", "", {"Ashley G. Williams", "Kyle Simpson"}},
      {"Noughties Fashion with Muireann O'Connell", "", {"Muireann O'Connell"}},
      {"Anne Rice with Siobhán McSweeney", "", {"Siobhán McSweeney"}},
      {"Cinderella with Ore Agbaje-Williams", "", {"Ore Agbaje-Williams"}},
      {"Costume Dramas with Dr Emma Southon", "", {"Emma Southon"}},
      {"187: The Mac, with Apple's Tom Boger", "", {"Tom Boger"}},
      {"Pro work on iPad Pro, with artist Rob McCallum", "", {"Rob McCallum"}},
      {"Maya Angelou on poetry and courage", "", {"Maya Angelou"}},
      {"Interview with Łukasz Żuławski", "", {"Łukasz Żuławski"}},
      {"Ep 3", "Guest: Lory Gil Download or subscribe to this show.", {"Lory Gil"}},
      {"Ep 4", "Hosts: Leo Laporte and Andy Ihnatko Guests: Lory Gil and Adam Engst Download", {"Lory Gil", "Adam Engst"}},
      {"Ep 5", "My guest today is Grace Hopper, who wrote the first compiler.", {"Grace Hopper"}},
      {"Ep 6", "This week I am joined by Ada Lovelace and Charles Babbage to talk engines.",
       {"Ada Lovelace", "Charles Babbage"}},
      {"Ep 7", "Yes Yes No is back, with special guest Jason Mantzoukas.", {"Jason Mantzoukas"}},
      {"Folge 12: Datenschutz mit Anke Domscheit-Berg", "", {"Anke Domscheit-Berg"}},
      {"Folge 13", "Zu Gast: Linus Neumann vom CCC.", {"Linus Neumann"}},
      {"Aflevering 4: Klimaat met Marjan Minnesma", "", {"Marjan Minnesma"}},
      {"Capítulo 9: La economía con Elena Martínez de la Fuente", "", {"Elena Martínez de la Fuente"}},
  };
  for (const Row& row : rows) {
    INFO(row.title << " | " << row.description);
    CHECK(guests_of(row.title, row.description) == row.guests);
  }
}

TEST_CASE("Hosts, products, places, groups and lowercase words are never guests") {
  struct Row { const char* title; const char* description; Names others; const char* publisher; };
  const Row rows[] = {
      // the publisher (itunes:author) and names after "Hosts:" are hosts
      {"Talking Macs with Rene Ritchie", "", {}, "Rene Ritchie"},
      {"MBW 1", "Hosts: Leo Laporte and Andy Ihnatko. Special guest Leo Laporte", {}, ""},
      // one word is not a personal name; all-caps and handles are not either
      {"Street Fight with Gwen", "", {}, ""},
      {"Street Fight with @jane_ost", "", {}, ""},
      {"Hour of Code with AI", "", {}, ""},
      {"Coding with NEW FRIENDS", "", {}, ""},
      // a name the podcast writes after "from", "of" or "in" is a show, company or place
      {"Street Fight with Minion Death Cult", "", {"Tony Boswell of Minion Death Cult is back"}, ""},
      {"Weekend with New Mexico", "", {"We drove in New Mexico all week"}, ""},
      // words the podcast also writes in lowercase make a product, not a person
      {"Cooking with Instant Pot", "", {"my instant pot recipes", "the instant pot is great", "every pot"}, ""},
      // a stop word inside ends the run: "Jimmy The Giant" is not read as a two-word name
      {"Britain First Ft. Jimmy The Giant", "", {}, ""},
      // several things listed, one of them a single word: a list of bands, not people
      {"Movie night", "Featuring The Trillbillies, District Sentinel & Street Fight Radio!", {}, ""},
      // "guests" with one name after it: a group
      {"Megacast", "With special guests Definitive Geek!", {}, ""},
      // "with" in a description is not a cue (show notes link other shows "with" people)
      {"Follow-up", "The Good News Podcast #201 with Jeremy Burge", {}, ""},
  };
  for (const Row& row : rows) {
    INFO(row.title << " | " << row.description);
    CHECK(guests_of(row.title, row.description, row.others, row.publisher).empty());
  }
}

TEST_CASE("A name inferred in most episodes of a podcast is a host") {
  Podcast podcast;
  podcast.title = "Weekly";
  for (int i = 0; i < 5; ++i) {
    Episode e;
    e.guid = std::to_string(i);
    e.title = "Week " + std::to_string(i) + " with Sam Jones" + (i == 0 ? " and Ada Lovelace" : "");
    podcast.episodes.push_back(e);
  }
  CHECK(infer_guests(podcast) == 1);
  CHECK(podcast.episodes[0].guests == Names{"Ada Lovelace"});
  CHECK(podcast.episodes[0].guest_sources.at("Ada Lovelace") == kGuestFromTitle);
  CHECK(podcast.episodes[1].guests.empty());
}

TEST_CASE("A podcast whose episodes name guests keeps exactly them, and sources are recorded") {
  Podcast podcast;
  podcast.title = "Tagged";
  podcast.episodes.resize(2);
  podcast.episodes[0].guid = "a";
  podcast.episodes[0].title = "Chat with Grace Hopper";
  podcast.episodes[1].guid = "b";
  podcast.episodes[1].title = "Talk with Alan Turing";
  podcast.episodes[1].guests = {"Alan Turing"};
  CHECK(infer_guests(podcast) == 0);
  CHECK(podcast.episodes[0].guests.empty());

  podcast.episodes[1].guests.clear();
  podcast.episodes[1].description = "My guest today is Alan Turing.";
  CHECK(infer_guests(podcast) == 2);
  CHECK(podcast.episodes[1].guest_sources.at("Alan Turing") == kGuestFromTitle);
}

TEST_CASE("guest_sources survive the corpus JSON and must name a guest with a known source") {
  Podcast podcast;
  podcast.title = "P";
  podcast.episodes.resize(1);
  podcast.episodes[0].guid = "1";
  podcast.episodes[0].title = "T";
  podcast.episodes[0].guests = {"Grace Hopper", "Alan Turing"};
  podcast.episodes[0].guest_sources = {{"Grace Hopper", "description"}};
  nlohmann::json j = podcast_to_json(podcast);
  Podcast back = podcast_from_json(j, "mem");
  CHECK(back.episodes[0].guest_sources == podcast.episodes[0].guest_sources);

  j["episodes"][0]["guest_sources"]["Grace Hopper"] = "rumour";
  CHECK_THROWS_WITH(podcast_from_json(j, "mem"), Catch::Contains("guest_sources") && Catch::Contains("rumour"));
  j["episodes"][0]["guest_sources"] = {{"Ada Lovelace", "title"}};
  CHECK_THROWS_WITH(podcast_from_json(j, "mem"), Catch::Contains("names no guest"));
}
