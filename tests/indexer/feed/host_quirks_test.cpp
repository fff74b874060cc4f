// Feeds in the manner of hosts and languages not in ../shared/feeds-wild (Transistor, WordPress
// plugins, Ausha and French CMSs, a Japanese show with an Arabic episode), read over HTTP from a
// server on 127.0.0.1 that serves tests/fixtures/feeds/hosts/, chapters and transcripts included:
// what a listener would expect to find, and a warning naming item and field for what is wrong.
#include <algorithm>

#include <catch2/catch.hpp>
#include <httplib.h>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/host_server.hpp"

using namespace podseek;
using podseek::testing::HostServer;

namespace {

const Episode& by_guid(const Podcast& podcast, const std::string& guid) {
  for (const Episode& episode : podcast.episodes)
    if (episode.guid == guid) return episode;
  FAIL("no episode " << guid);
  throw;
}

std::vector<std::string> titles(const std::vector<Chapter>& chapters) {
  std::vector<std::string> result;
  for (const Chapter& chapter : chapters) result.push_back(chapter.title + "@" + std::to_string(chapter.start_seconds));
  return result;
}

}  // namespace

TEST_CASE("A Transistor-style feed gives people, seasons, chapters and the transcript in the show's language") {
  HostServer server;
  FeedParseResult result = server.read("transistor.xml");
  CHECK(result.warnings == std::vector<std::string>{
      "item 1 (\"Sourdough science with Gus Guest\"): podcast:chapters " + server.url("sourdough-chapters.json") +
      ": chapter 6 (\"Outro\") has no startTime in seconds; skipped"});
  const Episode& ep = by_guid(result.podcast, "7a2c9b1e-3f4d-4e5a-8b6c-0d1e2f3a4b5c");
  CHECK(ep.title == "Sourdough science with Gus Guest");
  CHECK(ep.published == "2025-10-14T12:00:00Z");
  CHECK(ep.duration_seconds == 3725);
  CHECK(ep.number == 12);
  CHECK(ep.season == 2);
  CHECK(ep.guests == std::vector<std::string>{"Gus Guest"});
  CHECK(ep.hosts == std::vector<std::string>{"Hanna Host"});
  CHECK(titles(ep.chapters) == std::vector<std::string>{"Welcome@0", "What wild yeast is@120", "Lactic acid@900"});
  CHECK(ep.chapters.at(1).url == "https://example.org/yeast");
  CHECK(ep.chapters.at(1).image_url == server.url("img/yeast.png"));
  // The English SRT beats the German captions (another language) and the HTML and text (less timing).
  REQUIRE(ep.transcript.size() == 3);
  CHECK(ep.transcript[1].text == "Wild yeast lives on the grain itself.");
  CHECK(ep.transcript[1].start_seconds == 125);
  CHECK(ep.transcript[1].speaker == "Gus Guest");

  const Episode& trailer = by_guid(result.podcast, "b1c2d3e4-0000-4000-8000-000000000001");
  CHECK(trailer.episode_type == "trailer");
  CHECK(trailer.duration_seconds == 90);
  CHECK(trailer.url.empty());  // no <link>, and a guid that is no URL
  REQUIRE(trailer.transcript.size() == 1);  // the JSON, its string time read, joined into one passage
  CHECK(trailer.transcript[0].text == "Bread Talk is a show about baking bread");
}

TEST_CASE("A WordPress-style feed finds the audio among its enclosures and alternate enclosures") {
  HostServer server;
  FeedParseResult result = server.read("wordpress-media.xml");
  CHECK(result.warnings ==
        std::vector<std::string>{"item 4 (\"Mulch\"): no enclosure, and no podcast:alternateEnclosure with an http(s) podcast:source"});
  const Episode& tomatoes = by_guid(result.podcast, "https://garden.example.com/?p=101");
  CHECK(tomatoes.enclosure_url == "https://garden.example.com/wp-content/uploads/tomatoes.mp3");
  CHECK(tomatoes.enclosure_type == "audio/mpeg");
  CHECK(tomatoes.url == "https://garden.example.com/?p=101");  // a permalink guid is the page
  CHECK_FALSE(tomatoes.duration_seconds);                      // "0" means not known
  CHECK(tomatoes.number == 7);                                  // podcast:episode
  const Episode& compost = by_guid(result.podcast, "https://cdn.garden.example.com/compost.mp3");
  CHECK(compost.enclosure_url == "https://cdn.garden.example.com/compost.mp3");  // the default one, over http
  CHECK(compost.enclosure_length == 50400000);
  CHECK(compost.url.empty());  // the guid is the MP3, not a page
  CHECK(compost.duration_seconds == 3150);
  CHECK_FALSE(compost.number);  // podcast:episode 8.5 is no whole number
  const Episode& seeds = by_guid(result.podcast, "https://garden.example.com/seeds/");
  CHECK(seeds.enclosure_url == "https://cdn.garden.example.com/seeds.m4a");
  CHECK(seeds.url == "https://garden.example.com/seeds/");
  CHECK(by_guid(result.podcast, "mulch-1").enclosure_url.empty());
  const Episode& worms = by_guid(result.podcast, "worms-1");
  CHECK(worms.enclosure_url == "https://cdn.garden.example.com/worms.mp3");
  CHECK(worms.enclosure_length == 21000000);
}

TEST_CASE("A French feed gives dates, durations and notes as a French listener reads them") {
  HostServer server;
  FeedParseResult result = server.read("ausha-fr.xml");
  const std::vector<std::string> expected = {
      "item 1 (\"La baguette, d\xE2\x80\x99hier \xC3\xA0 aujourd\xE2\x80\x99hui\"): pubDate \"mar., 14 oct. 2025 08:00:00 "
      "+0200\" is not RFC 822; read as 2025-10-14T06:00:00Z",
      "item 2 (\"Le fromage ]]> et les balises\"): pubDate \"ven., 14 f\xC3\xA9vr. 2025 08:00:00 +0100\" is not RFC 822; "
      "read as 2025-02-14T07:00:00Z",
      "item 3 (\"Le chocolat\"): pubDate \"jeu., 14 ao\xC3\xBBt 2025 08:00:00 CEST\" is not RFC 822; read as "
      "2025-08-14T06:00:00Z"};
  CHECK(result.warnings == expected);
  const Episode& baguette = by_guid(result.podcast, "ausha-a1b2c3");
  CHECK(baguette.duration_seconds == 2700);
  CHECK(baguette.description ==
        "Une histoire de la baguette\xC2\xA0:\nla farine,\nle levain,\nle four.\nInvit\xC3\xA9" "e\xC2\xA0: "
        "\xC3\x89lise Boulanger \xE2\x80\x93 boulang\xC3\xA8re \xC3\xA0 Lyon.");
  const Episode& fromage = by_guid(result.podcast, "ausha-d4e5f6");
  CHECK(fromage.duration_seconds == 3720);
  CHECK(fromage.description == "Texte avec ]]> au milieu & des <balises> \xC3\xA9" "chapp\xC3\xA9" "es.");
  CHECK(by_guid(result.podcast, "ausha-g7h8i9").duration_seconds == 2290);
}

TEST_CASE("A Japanese feed with an Arabic episode keeps its scripts, dates and timed plain-text transcript") {
  HostServer server;
  FeedParseResult result = server.read("japanese-arabic.xml");
  const Episode& quantum = by_guid(result.podcast, "techradio-5");
  CHECK(result.podcast.title == "\xE3\x83\x86\xE3\x83\x83\xE3\x82\xAF\xE3\x83\xA9\xE3\x82\xB8\xE3\x82\xAA\xE6\x9D\xB1\xE4\xBA\xAC");
  CHECK(quantum.published == "2025-01-06T10:00:00Z");
  CHECK(quantum.duration_seconds == 2900);
  CHECK(quantum.guests == std::vector<std::string>{"\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90"});
  REQUIRE(quantum.transcript.size() == 2);
  CHECK(quantum.transcript[0].start_seconds == 5);
  CHECK(quantum.transcript[0].speaker == "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90");
  CHECK(quantum.transcript[1].start_seconds == 70);
  const Episode& arabic = by_guid(result.podcast, "techradio-6");
  CHECK(arabic.published == "2025-01-13T01:00:00Z");
  CHECK(arabic.guests.size() == 1);
  CHECK(arabic.transcript.empty());
  const std::string first = "item 1 (\"" + quantum.title + "\"): ";
  const std::string second = "item 2 (\"" + arabic.title + "\"): ";
  CHECK(result.warnings == std::vector<std::string>{
      first + "pubDate \"2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "6\xE6\x97\xA5 10:00\" is not RFC 822; read as 2025-01-06T10:00:00Z",
      first + "podcast:transcript " + server.url("techradio-5.txt") + ": 1 line before the first timestamp; skipped",
      second + "pubDate \"Mon, 13 Jan 2025 10:00:00 JST\" is not RFC 822; read as 2025-01-13T01:00:00Z",
      second + "podcast:transcript ignored: " + server.url("techradio-6.txt") +
          ": a plain-text transcript without timestamps (no moments to link to)"});
}

TEST_CASE("Transcripts and chapters saved as windows-1252 are read as the text they hold, with a warning") {
  HostServer server;
  FeedParseResult result = server.read("windows-tools.xml");
  const Episode& ep = by_guid(result.podcast, "cafe-1");
  CHECK(titles(ep.chapters) == std::vector<std::string>{"Caf\xC3\xA9 culture@0", "Cr\xC3\xA8me@300"});
  REQUIRE(ep.transcript.size() == 1);
  CHECK(ep.transcript[0].speaker == "Jos\xC3\xA9");
  CHECK(ep.transcript[0].text == "Caf\xC3\xA9 cr\xC3\xA8me, \xE2\x80\x9Cstrong\xE2\x80\x9D.");
  CHECK(ep.duration_seconds == 3723);
  const std::string item = "item 1 (\"Espresso\"): ";
  CHECK(result.warnings == std::vector<std::string>{
      item + "podcast:chapters " + server.url("espresso-chapters.json") +
          ": not UTF-8 (its bytes are not well-formed UTF-8); read as windows-1252",
      item + "podcast:transcript " + server.url("espresso.srt") +
          ": not UTF-8 (its bytes are not well-formed UTF-8); read as windows-1252"});
}
