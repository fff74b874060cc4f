// Tests for indexer/episode_page_importer.cpp, held to the real netstack.fm page in data/.
#include "indexer/page/episode_page_importer.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "common/status.hpp"

using namespace podseek;

namespace {

const std::string kPage = std::string(PODSEEK_SOURCE_DIR) + "/data/netstack-fm-episodes-page.txt";

const Podcast& netstack() {
  static const Podcast podcast = import_episode_page_file(kPage);
  return podcast;
}

const Episode& episode(int number) {
  for (const Episode& ep : netstack().episodes) {
    if (ep.number == number) return ep;
  }
  FAIL("no episode " << number);
  throw;
}

const Link* find_link(const Episode& ep, const std::string& url) {
  for (const Link& link : ep.links) {
    if (link.url == url) return &link;
  }
  return nullptr;
}

// Every chapter start on the page, read by hand, per episode.
const std::map<int, std::vector<std::string>> kChapterStarts = {
    {11, {"00:00", "00:38", "03:27", "06:32", "09:42", "12:27", "15:15", "18:15", "21:36", "24:23", "27:18",
          "30:07", "32:56", "36:05", "56:15", "57:24", "1:03:02", "1:06:44"}},
    {10, {"00:00", "00:39", "01:34", "11:41", "17:21", "23:03", "42:57", "53:10", "55:11", "59:23", "1:04:20",
          "1:11:13", "1:16:50", "1:32:13", "1:42:42"}},
    {9, {"00:00", "00:45", "06:50", "14:45", "29:48", "36:33", "43:38", "54:12", "59:15", "1:07:03", "1:09:48",
         "1:14:19", "1:16:38", "1:23:16", "1:27:08"}},
    {8, {"00:00", "00:42", "04:37", "06:56", "10:08", "17:35", "24:45", "28:00", "34:41", "40:52", "46:53",
         "55:22", "1:00:36", "1:04:50", "1:06:25", "1:11:37", "1:15:32"}},
    {7, {"00:00", "00:44", "02:02", "04:18", "13:35", "16:47", "22:59", "28:43", "32:13", "34:40", "35:36",
         "50:31", "54:50"}},
    {6, {"00:00", "00:36", "05:20", "08:10", "12:46", "15:58", "17:40", "22:17", "25:33", "28:33", "30:16",
         "36:37", "41:38", "46:44", "49:53", "51:58", "57:05", "1:00:07"}},
    {5, {"00:00", "00:45", "04:01", "05:52", "09:12", "13:40", "17:39", "19:15", "25:57", "26:12", "29:40",
         "30:51", "32:30", "38:58", "49:20", "53:10", "55:17"}},
    {4, {"00:00", "00:42", "02:39", "06:27", "15:33", "23:01", "29:42", "33:55", "46:04", "50:19", "53:27",
         "57:25", "59:27", "1:02:56", "1:07:09", "1:09:26", "1:13:22", "1:16:33", "1:18:35", "1:31:02"}},
    {3, {"00:00", "00:41", "02:27", "04:20", "06:37", "14:19", "16:10", "16:59", "23:52", "25:50", "26:53",
         "28:30", "29:41", "32:14", "33:46", "35:39", "36:37", "38:57"}},
    {2, {"00:00", "00:45", "01:48", "06:17", "07:54", "13:20", "15:32", "17:32", "22:40", "22:47", "26:43",
         "28:54", "30:17", "31:31", "34:35", "38:50", "40:16", "41:23", "42:28", "43:57"}},
    {1, {}},
};

}  // namespace

TEST_CASE("The netstack.fm page imports as eleven episodes numbered 11 down to 1") {
  REQUIRE(netstack().episodes.size() == 11);
  for (int i = 0; i < 11; ++i) CHECK(netstack().episodes[i].number == 11 - i);
  CHECK(netstack().title == "netstack.fm");
  CHECK_THAT(netstack().description, Catch::Matchers::StartsWith("A podcast about networking, Rust, and everything"));
  CHECK_THAT(netstack().description, Catch::Matchers::EndsWith("crate spotlights, and expert interviews."));
}

TEST_CASE("Every chapter start of every episode is read from the page") {
  for (const auto& [number, starts] : kChapterStarts) {
    INFO("episode " << number);
    std::vector<std::string> found;
    for (const Chapter& c : episode(number).chapters) found.push_back(format_timestamp(c.start_seconds));
    CHECK(found == starts);
  }
}

TEST_CASE("Chapter titles that end in digits keep them and the next start is read in order") {
  const auto title_at = [](int number, int seconds) {
    for (const Chapter& c : episode(number).chapters) {
      if (c.start_seconds == seconds) return c.title;
    }
    return std::string("<none>");
  };
  CHECK(title_at(8, 55 * 60 + 22) == "Async usage in Netstack3");
  CHECK(title_at(8, 3636) == "Comparing netstack3 with smolltcp");
  CHECK(title_at(10, 11 * 60 + 41) == "The Origins of Netstack 3");
  CHECK(title_at(10, 17 * 60 + 21) == "The Philosophy Behind Netstack 3");
  CHECK(title_at(5, 9 * 60 + 12) == "Carl discovers Rust in 2014");
  CHECK(title_at(7, 28 * 60 + 43) == "R2D2 — Connection Pooling");
}

TEST_CASE("The last chapter is the outro without the podcast name of the footer") {
  for (int number = 2; number <= 11; ++number) {
    INFO("episode " << number);
    CHECK(episode(number).chapters.back().title == "Outro");
  }
}

TEST_CASE("Titles end where the description starts, with or without a period") {
  const std::map<int, std::string> titles = {
      {11, "Modern networking in Firefox with Max Inden"}, {10, "zerocopy with Joshua Liebow-Feeser"},
      {9, "gRPC with Lucio Franco"}, {8, "Fuchsia's Netstack3 with Bruno Dal Bo Silva"},
      {7, "Rustls with Dirkjan Ochtman"}, {6, "Curl with Daniel Stenberg"}, {5, "Tokio with Carl Lerche"},
      {4, "Datastar and Hypermedia"}, {3, "OpenTelemetry, eBPF and Metoro"}, {2, "Hyper with Sean McArthur"},
  };
  for (const auto& [number, title] : titles) CHECK(episode(number).title == title);
  CHECK(episode(1).title == "Episode 1");  // no head on the page: the overlay names it
  CHECK_THAT(episode(7).description, Catch::Matchers::StartsWith("In this episode, we go through Dirkjan's"));
  CHECK_THAT(episode(11).description, Catch::Matchers::StartsWith("A conversation with Max Inden"));
  CHECK_THAT(episode(1).description, Catch::Matchers::StartsWith("In the inaugural episode of NetStack FM"));
  CHECK_THAT(episode(1).description, Catch::Matchers::EndsWith("the world of networking and Rust."));
}

TEST_CASE("Camel-case words in titles do not end the title") {
  const std::string page =
      "Discover\nshow\nDescription\nA show.\n"
      "Episode 3 – WebTransport with Ann.A talk about WebTransport.More information: https://s/#3\n"
      "Episode 2 – WebTransport with Bob LeeIn this episode we talk.More information: https://s/#2\n";
  const Podcast p = import_episode_page(page, "page.txt");
  REQUIRE(p.episodes.size() == 2);
  CHECK(p.episodes[0].title == "WebTransport with Ann");
  CHECK(p.episodes[0].description == "A talk about WebTransport.");
  CHECK(p.episodes[1].title == "WebTransport with Bob Lee");
  CHECK(p.episodes[1].description == "In this episode we talk.");
}

TEST_CASE("Descriptions stop before the show notes and sentences glued by a period get a space") {
  CHECK_THAT(episode(11).description, Catch::Matchers::EndsWith("WebTransport, and beyond."));
  CHECK_THAT(episode(10).description, Catch::Matchers::Contains("300 million downloads. We explore"));
  CHECK_THAT(episode(10).description, Catch::Matchers::Contains("crates.io"));
}

TEST_CASE("The More information URL becomes the episode url and the footer is not show notes") {
  CHECK(episode(11).url == "https://netstack.fm/#episode-11");
  CHECK(episode(1).url == "https://netstack.fm/#episode-1");
  CHECK(episode(5).url == "https://netstack.fm/#episode-4");  // the page's slip; the overlay fixes it
  for (const Episode& ep : netstack().episodes) {
    for (const Link& link : ep.links) {
      CHECK(link.url.find("discord.gg") == std::string::npos);
      CHECK(link.url.find("netstack.fm") == std::string::npos);
    }
  }
}

TEST_CASE("Links repeated in most episodes are dropped as show boilerplate, with their text") {
  for (const Episode& ep : netstack().episodes) {
    INFO("episode " << ep.number.value_or(0));
    CHECK_FALSE(find_link(ep, "https://ramaproxy.org"));
    for (const Link& link : ep.links) CHECK(link.label.find("If you like this podcast") == std::string::npos);
  }
  CHECK(episode(11).links.back().label == "IETF Meetings");
  CHECK(episode(10).links.back().label == "dotGo 2015 - Rob Pike - Simplicity is Complicated");
  CHECK(episode(6).links.back().url == "https://github.com/curl/curl");
}

TEST_CASE("Links in the URL-dash-label style take the text up to the next URL") {
  REQUIRE(episode(11).links.size() == 14);
  const Link* own = find_link(episode(11), "https://max-inden.de/");
  REQUIRE(own);
  CHECK(own->label == "Personal website of Max Inden");
  const Link* rfc = find_link(episode(11), "https://datatracker.ietf.org/doc/html/rfc9000");
  REQUIRE(rfc);
  CHECK(rfc->label == "RFC 9000 – QUIC: A UDP-Based Multiplexed and Secure Transport");
  const Link* video = find_link(episode(10), "https://www.youtube.com/watch?v=rFejpH_tAHM");
  REQUIRE(video);
}

TEST_CASE("Links in the label-colon-URL style end their URL where the next label starts") {
  struct Case {
    int episode;
    const char* url;
    const char* label;
  };
  const std::vector<Case> cases = {
      {8, "https://fuchsia.googlesource.com/fuchsia/+/refs/heads/master/src/connectivity/network/netstack3/",
       "netstack3 source code"},
      {8, "https://fxbug.dev/448156020", "netstack3 publishing tracking bug"},
      {8, "https://max-inden.de/post/fast-udp-io-in-firefox", "Fast UDP I/O for Firefox in Rust"},
      {8, "https://www.rfc-editor.org/rfc/rfc2462", "RFC 2462 - SLAAC"},
      {8, "https://github.com/m-labs/smoltcp", "smoltcp (Rust TCP/IP stack for embedded)"},
      {7, "https://dirkjan.ochtman.nl/", ""},
      {7, "https://github.com/rustls/rustls", ""},
      {7, "https://github.com/rustls/rustls/issues/2400", "rustls 0.24 tracking issue"},
      {7, "https://github.com/hickory-dns/hickory-dns/issues/2725", "HickoryDNS Let's Encrypt tracking issue"},
      {7, "https://instantdomainsearch.com/", ""},
      {3, "https://metoro.io/", ""},
      {3, "https://demo.us-east.metoro.io/guardian?startEnd=&service=", "metoro demo"},
      {3, "https://opentelemetry.io/docs/specs/otel/metrics/data-model/#exemplars", "OpenTelemetry metric examplar"},
  };
  for (const Case& c : cases) {
    INFO("episode " << c.episode << " " << c.url);
    const Link* link = find_link(episode(c.episode), c.url);
    REQUIRE(link);
    CHECK(link->label == c.label);
  }
  CHECK(episode(7).links.size() == 6);
  CHECK(episode(8).links.size() == 6);
}

TEST_CASE("Pages are told apart from JSON and RSS") {
  CHECK(looks_like_episode_page("netstack.fm\nDescription\nA show.\nEpisode 1 – X.More information: https://x/"));
  CHECK_FALSE(looks_like_episode_page("{\"format\": \"podseek-corpus/1\"}"));
  CHECK_FALSE(looks_like_episode_page("<?xml version=\"1.0\"?><rss></rss>"));
  CHECK_FALSE(looks_like_episode_page("just some text"));
}

TEST_CASE("A page without episodes is an input error naming the source") {
  CHECK_THROWS_WITH(import_episode_page("Discover\nsomething\n", "page.txt"),
                    Catch::Matchers::StartsWith("page.txt: no episode found"));
  CHECK_THROWS_AS(import_episode_page_file("/nonexistent/page.txt"), InputError);
}

TEST_CASE("Episodes of a page get stable guids from the podcast and their number, so the page indexes without an overlay") {
  const Podcast& podcast = netstack();
  REQUIRE(podcast.episodes.size() == 11);
  CHECK(podcast.episodes.front().guid == "netstack.fm-episode-11");  // what the overlay says too
  CHECK(podcast.episodes.back().guid == "netstack.fm-episode-1");
  CHECK(podcast.episodes.back().title == "Episode 1");  // the page gives the first episode no head
  std::set<std::string> guids;
  for (const auto& ep : podcast.episodes) guids.insert(ep.guid);
  CHECK(guids.size() == podcast.episodes.size());
}
