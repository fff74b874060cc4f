// Tests for polite refreshing (indexer/cli/feed_refresher.cpp, index_run.cpp, the HTTP side of
// indexer/feed/feed_fetcher.cpp and indexer/index/feed_state.cpp), against a cpp-httplib server
// on 127.0.0.1 and a free port that counts conditional requests, 304s and redirects.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <xapian.h>

#include "common/index_schema.hpp"
#include "indexer/cli/feed_refresher.hpp"
#include "indexer/cli/index_run.hpp"
#include "indexer/index/feed_state.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"
#include "tests/support/loopback_http_server.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

std::string feed_xml(const std::string& title, int episodes, const std::string& new_feed_url = "") {
  std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                    "<channel><title>" + title + "</title><link>https://example.org/</link>";
  if (!new_feed_url.empty()) xml += "<itunes:new-feed-url>" + new_feed_url + "</itunes:new-feed-url>";
  for (int i = 1; i <= episodes; ++i) {
    xml += "<item><title>Episode " + std::to_string(i) + "</title><guid>ep-" + std::to_string(i) +
           "</guid><itunes:episode>" + std::to_string(i) + "</itunes:episode><description>About " +
           std::to_string(i) + "</description></item>";
  }
  return xml + "</channel></rss>";
}

// Serves /feed.xml with an ETag and a Last-Modified (304 when the client has them), /old.xml as
// a 301 to /feed.xml, /temp.xml as a 302 to it, /moving.xml naming /new.xml as its new home,
// /new.xml, /list.opml (an OPML list of /feed.xml, new.xml and itself), and /broken.xml as an HTTP 500.
class FeedServer {
 public:
  std::atomic<int> feed_requests{0}, conditional_requests{0}, not_modified{0}, redirects{0};
  std::atomic<int> episodes{2};

  FeedServer() {
    server_.routes().Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      ++feed_requests;
      const std::string etag = "\"v" + std::to_string(episodes.load()) + "\"";
      if (req.has_header("If-None-Match") || req.has_header("If-Modified-Since")) ++conditional_requests;
      if (req.get_header_value("If-None-Match") == etag) {
        ++not_modified;
        res.status = 304;
        return;
      }
      res.set_header("ETag", etag);
      res.set_header("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
      res.set_content(feed_xml("Polite Podcast", episodes.load()), "application/rss+xml");
    });
    server_.routes().Get("/old.xml", [this](const httplib::Request&, httplib::Response& res) {
      ++redirects;
      res.set_redirect("/feed.xml", 301);
    });
    server_.routes().Get("/temp.xml", [this](const httplib::Request&, httplib::Response& res) {
      ++redirects;
      res.set_redirect("/feed.xml", 302);
    });
    server_.routes().Get("/moving.xml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(feed_xml("Moving Podcast", 1, url("/new.xml")), "application/rss+xml");
    });
    server_.routes().Get("/new.xml", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(feed_xml("Moving Podcast", 2), "application/rss+xml");
    });
    server_.routes().Get("/list.opml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Podcasts\">"
                      "<outline text=\"Polite\" xmlUrl=\"" + url("/feed.xml") + "\"/>"
                      "<outline text=\"Moving\" xmlUrl=\"new.xml\"/>"
                      "<outline text=\"A list\" xmlUrl=\"/list.opml\"/></outline></body></opml>",
                      "text/x-opml");
    });
    server_.routes().Get("/broken.xml", [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
    server_.start();
  }
  std::string url(const std::string& path) const { return server_.url(path); }

 private:
  testing::LoopbackHttpServer server_;
};

IndexRunOptions run_options(const testing::TempDir& dir, std::vector<std::string> sources, bool refresh = false) {
  IndexRunOptions options;
  options.db = dir.file("index");
  options.sources = std::move(sources);
  options.refresh = refresh;
  return options;
}

std::string run(const IndexRunOptions& options, int expected_status = 0) {
  std::ostringstream out;
  CHECK(run_indexer(options, out) == expected_status);
  return out.str();
}

FeedState state_of(const std::string& db, const std::string& podcast) {
  for (const FeedState& state : read_feed_states(db)) {
    if (state.podcast == podcast) return state;
  }
  return {};
}

}  // namespace

TEST_CASE("HttpFetcher sends the validators it is given and reports a 304 as not modified") {
  FeedServer server;
  HttpFetcher fetcher;
  FetchResult first = fetcher.fetch(server.url("/feed.xml"));
  REQUIRE(first.ok());
  CHECK(first.etag == "\"v2\"");
  CHECK(first.last_modified == "Tue, 01 Dec 2026 10:00:00 GMT");
  CHECK_FALSE(first.not_modified);
  FetchResult again = fetcher.fetch_if_changed(server.url("/feed.xml"), {first.etag, first.last_modified});
  CHECK(again.ok());
  CHECK(again.not_modified);
  CHECK(again.body.empty());
  CHECK(server.conditional_requests == 1);
  CHECK(server.not_modified == 1);
}

TEST_CASE("HttpFetcher tells a permanent redirect's new URL, and none for a temporary one") {
  FeedServer server;
  HttpFetcher fetcher;
  CHECK(fetcher.fetch(server.url("/old.xml")).moved_to == server.url("/feed.xml"));
  FetchResult temporary = fetcher.fetch(server.url("/temp.xml"));
  CHECK(temporary.ok());
  CHECK(temporary.moved_to.empty());
  CHECK(server.redirects == 2);
}

TEST_CASE("A feed URL is remembered, and a refresh that gets a 304 counts it unchanged without parsing") {
  FeedServer server;
  testing::TempDir dir;
  std::string first = run(run_options(dir, {server.url("/feed.xml")}));
  CHECK_THAT(first, Catch::Contains(server.url("/feed.xml") + ": 2 added"));
  FeedState remembered = state_of(dir.file("index"), "Polite Podcast");
  CHECK(remembered.url == server.url("/feed.xml"));
  CHECK(remembered.etag == "\"v2\"");

  std::string refreshed = run(run_options(dir, {}, /*refresh=*/true));
  CHECK_THAT(refreshed, Catch::Contains(server.url("/feed.xml") + ": not modified (HTTP 304), unchanged"));
  CHECK(server.conditional_requests == 1);
  CHECK(server.not_modified == 1);

  server.episodes = 3;  // the feed changes: a new ETag, the new episode is added
  std::string changed = run(run_options(dir, {}, true));
  CHECK_THAT(changed, Catch::Contains(": 1 added, 0 updated, 2 unchanged"));
  CHECK(state_of(dir.file("index"), "Polite Podcast").etag == "\"v3\"");
  CHECK(server.feed_requests == 3);
}

TEST_CASE("A permanent redirect and itunes:new-feed-url move the remembered URL and keep episode ids") {
  FeedServer server;
  testing::TempDir dir;
  const std::string db = dir.file("index");
  std::string out = run(run_options(dir, {server.url("/old.xml"), server.url("/moving.xml")}));
  CHECK_THAT(out, Catch::Contains("note: moved permanently to " + server.url("/feed.xml")));
  CHECK_THAT(out, Catch::Contains("note: moved to " + server.url("/new.xml") + " (itunes:new-feed-url)"));
  CHECK(state_of(db, "Polite Podcast").url == server.url("/feed.xml"));
  CHECK(state_of(db, "Moving Podcast").url == server.url("/new.xml"));
  {
    Xapian::Database index(db);
    Podcast polite, moving;
    polite.title = "Polite Podcast";
    moving.title = "Moving Podcast";
    Episode first, second;
    first.number = 1;
    second.number = 2;
    CHECK(index.term_exists(schema::id_term(episode_id(polite, first))));
    CHECK(index.term_exists(schema::id_term(episode_id(moving, second))));
  }
  int redirects_before = server.redirects;
  std::string refreshed = run(run_options(dir, {}, true));
  CHECK(server.redirects == redirects_before);  // the old URL is not asked again
  CHECK_THAT(refreshed, Catch::Contains(server.url("/new.xml") + ": 0 added, 0 updated, 2 unchanged"));
}

TEST_CASE("A refresh reports a failing feed on its own line and still indexes the others") {
  FeedServer server;
  testing::TempDir dir;
  const std::string db = dir.file("index");
  run(run_options(dir, {server.url("/feed.xml")}));
  {
    Xapian::WritableDatabase index(db, Xapian::DB_OPEN);
    write_feed_state(index, {"Broken Podcast", server.url("/broken.xml"), "", ""});
    index.commit();
  }
  server.episodes = 3;
  std::string out = run(run_options(dir, {}, true), /*expected_status=*/1);
  CHECK_THAT(out, Catch::Contains(server.url("/broken.xml") + ": error: " + server.url("/broken.xml") + ": HTTP 500"));
  CHECK_THAT(out, Catch::Contains(server.url("/feed.xml") + ": 1 added"));
  CHECK_THAT(out, Catch::Contains("1 of 2 sources failed; the others were indexed"));
  CHECK(state_of(db, "Broken Podcast").url == server.url("/broken.xml"));  // still remembered
}

TEST_CASE("Without --refresh a feed URL that cannot be fetched is reported and the others are indexed") {
  FeedServer server;
  testing::TempDir dir;
  std::string out = run(run_options(dir, {server.url("/feed.xml"), server.url("/broken.xml")}), /*expected_status=*/1);
  CHECK_THAT(out, Catch::Contains(server.url("/broken.xml") + ": error: " + server.url("/broken.xml") +
                                  ": HTTP 500; not indexed"));
  CHECK_THAT(out, Catch::Contains(server.url("/feed.xml") + ": 2 added"));
  CHECK_THAT(out, Catch::Contains("1 of 2 sources failed; the others were indexed"));
  CHECK(read_feed_states(dir.file("index")).size() == 1);  // only the feed that was read is remembered
}

TEST_CASE("When no source can be read the index is not changed") {
  FeedServer server;
  testing::TempDir dir;
  std::string out = run(run_options(dir, {server.url("/broken.xml")}), /*expected_status=*/1);
  CHECK_THAT(out, Catch::Contains("no source could be read; the index was not changed"));
  CHECK(read_feed_states(dir.file("index")).empty());
}

TEST_CASE("An OPML list fetched over HTTP stands for its feeds; a list inside it is not followed") {
  FeedServer server;
  testing::TempDir dir;
  std::string out = run(run_options(dir, {server.url("/list.opml")}), /*expected_status=*/1);
  CHECK_THAT(out, Catch::Contains(server.url("/list.opml") + ": OPML list of 3 feeds, 0 warnings"));
  CHECK_THAT(out, Catch::Contains(server.url("/feed.xml") + ": 2 added"));
  CHECK_THAT(out, Catch::Contains(server.url("/new.xml") + ": 2 added"));  // relative xmlUrl resolved
  CHECK_THAT(out, Catch::Contains(server.url("/list.opml") + ": error: " + server.url("/list.opml") +
                                  ": an OPML list, where a feed was expected"));
  CHECK(read_feed_states(dir.file("index")).size() == 2);  // each feed remembered for --refresh
}

TEST_CASE("An OPML list from a public address cannot name private addresses or local files") {
  testing::FakeFetcher fetcher;
  fetcher.addresses["lists.example"] = {"93.184.216.34"};
  fetcher.addresses["feeds.example"] = {"93.184.216.34"};
  fetcher.bodies["https://lists.example/podcasts.opml"] =
      "<opml version=\"2.0\"><body><outline text=\"ok\" xmlUrl=\"https://feeds.example/a.xml\"/>"
      "<outline text=\"metadata\" xmlUrl=\"http://169.254.169.254/latest\"/>"
      "<outline text=\"file\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
  fetcher.bodies["https://feeds.example/a.xml"] = feed_xml("Public Podcast", 1);
  testing::TempDir dir;
  IndexRunOptions options = run_options(dir, {"https://lists.example/podcasts.opml"});
  options.source_options.fetcher = &fetcher;
  std::string out = run(options, /*expected_status=*/1);
  CHECK_THAT(out, Catch::Contains("https://feeds.example/a.xml: 1 added"));
  CHECK_THAT(out, Catch::Contains("http://169.254.169.254/latest: error: named by https://lists.example/podcasts.opml: "
                                  "http://169.254.169.254/latest is a loopback, link-local or private address"));
  CHECK_THAT(out, Catch::Contains("file:///etc/passwd: error: named by https://lists.example/podcasts.opml: "
                                  "file:///etc/passwd is not an http(s) URL"));
  CHECK(std::count(fetcher.requests.begin(), fetcher.requests.end(), "http://169.254.169.254/latest") == 0);
  CHECK(std::count(fetcher.requests.begin(), fetcher.requests.end(), "file:///etc/passwd") == 0);
}
