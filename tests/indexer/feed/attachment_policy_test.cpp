// Tests for indexer/feed/attachment_policy.cpp and --offline (issue 11 point 8, issue 15 point 6).
#include "indexer/feed/attachment_policy.hpp"

#include <catch2/catch.hpp>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

std::string feed_naming(const std::string& chapters_url) {
  return R"(<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>P</title>)"
         R"(<item><title>One</title><guid>1</guid><podcast:chapters url=")" + chapters_url +
         R"(" type="application/json+chapters"/></item></channel></rss>)";
}

const char* kChapters = R"({"chapters": [{"startTime": 0, "title": "fetched"}]})";

}  // namespace

TEST_CASE("Addresses are classed as public, loopback or private") {
  struct Row { const char* host; std::optional<AddressClass> expected; };
  const Row rows[] = {
      {"127.0.0.1", AddressClass::kLoopback}, {"::1", AddressClass::kLoopback},
      {"169.254.169.254", AddressClass::kPrivate}, {"10.1.2.3", AddressClass::kPrivate},
      {"172.16.0.1", AddressClass::kPrivate}, {"192.168.1.1", AddressClass::kPrivate},
      {"100.64.0.1", AddressClass::kPrivate}, {"0.0.0.0", AddressClass::kPrivate},
      {"fe80::1", AddressClass::kPrivate}, {"fd00::1", AddressClass::kPrivate},
      {"::ffff:127.0.0.1", AddressClass::kLoopback}, {"93.184.216.34", AddressClass::kPublic},
      {"2606:4700::1111", AddressClass::kPublic}, {"example.com", std::nullopt}};
  for (const Row& row : rows) {
    INFO(row.host);
    CHECK(classify_address(row.host) == row.expected);
  }
}

TEST_CASE("A feed from a public address cannot make the indexer fetch loopback or metadata addresses") {
  const char* refused[] = {"http://127.0.0.1:9/c.json", "http://169.254.169.254/latest/meta-data",
                           "http://[::1]/c.json", "http://localhost/c.json", "http://inside.example/c.json",
                           "file:///etc/passwd", "FILE:///etc/passwd"};
  for (const char* url : refused) {
    INFO(url);
    testing::FakeFetcher fetcher;
    fetcher.addresses["inside.example"] = {"93.184.216.34", "10.0.0.7"};  // every address is checked
    fetcher.bodies[url] = kChapters;
    FeedParseResult feed = parse_rss(feed_naming(url), "https://public.example/feed.xml", fetcher);
    CHECK(fetcher.requests.empty());
    CHECK(feed.podcast.episodes.at(0).chapters.empty());
    REQUIRE(feed.warnings.size() == 1);
    CHECK(feed.warnings[0].find("not fetched") != std::string::npos);
  }
}

TEST_CASE("A redirect from a public address to a private one is refused before it is followed") {
  testing::FakeFetcher fetcher;
  fetcher.addresses["cdn.example"] = {"93.184.216.34"};
  fetcher.redirects["https://cdn.example/c.json"] = "http://169.254.169.254/latest/meta-data";
  fetcher.bodies["http://169.254.169.254/latest/meta-data"] = kChapters;
  FeedParseResult feed = parse_rss(feed_naming("https://cdn.example/c.json"), "https://public.example/feed.xml", fetcher);
  CHECK(fetcher.requests == std::vector<std::string>{"https://cdn.example/c.json"});
  CHECK(feed.podcast.episodes.at(0).chapters.empty());
  REQUIRE(feed.warnings.size() == 1);
  CHECK(feed.warnings[0].find("http://169.254.169.254/latest/meta-data") != std::string::npos);
  CHECK(feed.warnings[0].find("private address; not fetched") != std::string::npos);
}

TEST_CASE("A redirect between public addresses is followed") {
  testing::FakeFetcher fetcher;
  fetcher.addresses["cdn.example"] = {"93.184.216.34"};
  fetcher.addresses["files.example"] = {"2606:4700::1111"};
  fetcher.redirects["https://cdn.example/c.json"] = "https://files.example/c.json";
  fetcher.bodies["https://files.example/c.json"] = kChapters;
  FeedParseResult feed = parse_rss(feed_naming("https://cdn.example/c.json"), "https://public.example/feed.xml", fetcher);
  CHECK(feed.podcast.episodes.at(0).chapters.size() == 1);
  CHECK(feed.warnings.empty());
}

TEST_CASE("Private addresses may be allowed with an option, and a loopback feed may name loopback URLs") {
  testing::FakeFetcher fetcher;
  fetcher.bodies["http://127.0.0.1:9/c.json"] = kChapters;
  FeedOptions allow;
  allow.allow_private_addresses = true;
  CHECK(parse_rss(feed_naming("http://127.0.0.1:9/c.json"), "https://public.example/f", fetcher, allow)
            .podcast.episodes.at(0).chapters.size() == 1);
  CHECK(parse_rss(feed_naming("http://127.0.0.1:9/c.json"), "http://127.0.0.1:8/f.xml", fetcher)
            .podcast.episodes.at(0).chapters.size() == 1);
}

TEST_CASE("Paths named by a feed fetched over HTTP resolve against its URL, never to local files") {
  testing::FakeFetcher fetcher;
  parse_rss(feed_naming("/etc/passwd"), "https://public.example/feed.xml", fetcher);
  CHECK(fetcher.requests == std::vector<std::string>{"https://public.example/etc/passwd"});
}

TEST_CASE("A local feed file may name files in its own folder only (issue 15 point 6)") {
  std::string feed = testing::fixture_path("policy/feed.xml");
  testing::FakeFetcher fetcher;
  std::string inside = testing::fixture_path("policy/chapters.json");
  fetcher.bodies[inside] = kChapters;
  CHECK(parse_rss(feed_naming("chapters.json"), feed, fetcher).podcast.episodes.at(0).chapters.size() == 1);
  for (const char* outside : {"../netstack-11-chapters.json", "/etc/passwd", "file:///etc/passwd", "ftp://x/y"}) {
    INFO(outside);
    fetcher.requests.clear();
    FeedParseResult read = parse_rss(feed_naming(outside), feed, fetcher);
    CHECK(fetcher.requests.empty());
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].find("not fetched") != std::string::npos);
  }
}

TEST_CASE("Offline (--offline) nothing a feed links to is fetched, and that is said once per feed") {
  testing::FakeFetcher fetcher;
  FeedOptions offline;
  offline.offline = true;
  FeedParseResult feed = parse_rss(feed_naming("https://public.example/c.json"), "https://public.example/f", fetcher, offline);
  CHECK(fetcher.requests.empty());
  CHECK(feed.warnings == std::vector<std::string>{"feed: 1 linked chapters and transcript files not fetched (--offline)"});
}
