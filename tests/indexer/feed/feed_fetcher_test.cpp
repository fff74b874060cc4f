// Tests for indexer/feed/feed_fetcher.cpp: files, and HTTP against a real local httplib server.
#include "indexer/feed/feed_fetcher.hpp"

#include <atomic>
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>

#include "tests/indexer/feed/fake_fetcher.hpp"
#include "tests/support/loopback_http_server.hpp"

using namespace podseek;

namespace {

// An httplib server on 127.0.0.1 and a free port, serving a feed, redirects, a slow and a big page.
class LocalServer {
 public:
  std::atomic<int> feed_requests{0};
  LocalServer() {
    server_.routes().Get("/feed.xml", [this](const httplib::Request&, httplib::Response& res) {
      ++feed_requests;
      res.set_content("<rss/>", "application/rss+xml");
    });
    server_.routes().Get("/moved", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/feed.xml", 301); });
    server_.routes().Get("/relative", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("moved", 302); });
    server_.routes().Get("/loop", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop", 302); });
    server_.routes().Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1200));
      res.set_content("late", "text/plain");
    });
    server_.routes().Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(5000, 'x'), "text/plain");
    });
    server_.routes().Get("/drip", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/plain", [](std::size_t offset, httplib::DataSink& sink) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (offset >= 20) {
          sink.done();
        } else {
          sink.write("x", 1);
        }
        return true;
      });
    });
    server_.routes().Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/plain", [](std::size_t, httplib::DataSink& sink) {
        std::string chunk(1000, 'y');
        for (int i = 0; i < 5; ++i) sink.write(chunk.data(), chunk.size());
        sink.done();
        return true;
      });
    });
    server_.start();
  }
  std::string url(const std::string& path) const { return server_.url(path); }

 private:
  testing::LoopbackHttpServer server_;
};

FetchLimits quick_limits() {
  FetchLimits limits;
  limits.connect_timeout_ms = 1000;
  limits.read_timeout_ms = 300;
  limits.max_bytes = 2000;
  limits.max_redirects = 3;
  limits.total_timeout_ms = 800;
  return limits;
}

}  // namespace

TEST_CASE("Files are read whole and a missing file is an error naming it") {
  FileFetcher fetcher;
  FetchResult found = fetcher.fetch(testing::fixture_path("netstack-11.vtt"));
  CHECK(found.ok());
  CHECK(found.body.rfind("WEBVTT", 0) == 0);
  FetchResult missing = fetcher.fetch("/no/such/feed.xml");
  CHECK_FALSE(missing.ok());
  CHECK(missing.error == "/no/such/feed.xml: cannot open file");
  std::string directory = testing::fixture_path("broken");
  CHECK(fetcher.fetch(directory).error == directory + ": not a regular file");
}

TEST_CASE("Files over the size limit are refused") {
  FetchLimits limits;
  limits.max_bytes = 10;
  FetchResult result = FileFetcher(limits).fetch(testing::fixture_path("netstack.xml"));
  CHECK(result.error == testing::fixture_path("netstack.xml") + ": larger than 10 bytes");
}

TEST_CASE("HTTP fetches follow absolute and relative redirects and report the final URL") {
  LocalServer server;
  HttpFetcher fetcher(quick_limits());
  FetchResult direct = fetcher.fetch(server.url("/feed.xml"));
  CHECK(direct.ok());
  CHECK(direct.body == "<rss/>");
  FetchResult moved = fetcher.fetch(server.url("/relative"));
  REQUIRE(moved.ok());
  CHECK(moved.body == "<rss/>");
  CHECK(moved.final_url == server.url("/feed.xml"));
}

TEST_CASE("A guarded HTTP fetch asks before every hop and never sends a refused request") {
  LocalServer server;
  HttpFetcher fetcher(quick_limits());
  std::vector<std::string> asked;
  auto refuse_feed = [&](const std::string& url) -> std::optional<std::string> {
    asked.push_back(url);
    if (url == server.url("/feed.xml")) return std::string("refused by the test");
    return std::nullopt;
  };
  FetchResult refused = fetcher.fetch_guarded(server.url("/relative"), refuse_feed);
  CHECK(refused.error == server.url("/feed.xml") + ": refused by the test");
  CHECK(asked == std::vector<std::string>{server.url("/relative"), server.url("/moved"), server.url("/feed.xml")});
  CHECK(server.feed_requests == 0);
  FetchResult allowed = fetcher.fetch_guarded(server.url("/moved"), [](const std::string&) { return std::nullopt; });
  CHECK(allowed.body == "<rss/>");
  CHECK(server.feed_requests == 1);
}

TEST_CASE("HTTP errors, redirect loops, timeouts and oversized bodies are clear errors") {
  LocalServer server;
  HttpFetcher fetcher(quick_limits());
  struct Row {
    std::string path;
    std::string error;
  };
  const Row rows[] = {
      {"/missing.xml", server.url("/missing.xml") + ": HTTP 404"},
      {"/loop", server.url("/loop") + ": more than 3 redirects"},
      {"/slow", server.url("/slow") + ": read failed or timed out (Read)"},
      {"/big", server.url("/big") + ": larger than 2000 bytes"},
      {"/big-chunked", server.url("/big-chunked") + ": larger than 2000 bytes"},
      {"/drip", server.url("/drip") + ": took longer than 800 ms"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.path);
    FetchResult result = fetcher.fetch(server.url(row.path));
    CHECK_FALSE(result.ok());
    CHECK(result.error == row.error);
    CHECK(result.body.empty());
  }
}

TEST_CASE("A refused connection is an error naming the URL") {
  FetchLimits limits = quick_limits();
  // Nothing listens on port 1 of the loopback interface.
  std::string url = "http://127.0.0.1:1/feed.xml";
  FetchResult result = HttpFetcher(limits).fetch(url);
  CHECK(result.error == url + ": cannot connect (Connection)");
}

TEST_CASE("URLs that are not http(s) with a host are refused by the HTTP fetcher") {
  HttpFetcher fetcher(quick_limits());
  CHECK(fetcher.fetch("http:///feed.xml").error == "http:///feed.xml: not a valid URL");
  CHECK(fetcher.fetch("http://exa mple.org/").error == "http://exa mple.org/: not a valid URL");
}

TEST_CASE("The source fetcher sends URLs to HTTP and paths to files") {
  LocalServer server;
  SourceFetcher fetcher(quick_limits());
  CHECK(fetcher.fetch(server.url("/feed.xml")).body == "<rss/>");
  CHECK(fetcher.fetch(testing::fixture_path("netstack-9.json")).ok());
}
