// Serves every fixture of tests/fixtures/feeds/hosts/ by its file name from 127.0.0.1, and reads
// one as a feed over HTTP (chapters and transcripts fetched from the same server).
// Thread safety: one test at a time; requests are answered on the server's threads.
#pragma once

#include <string>

#include <httplib.h>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"
#include "tests/support/loopback_http_server.hpp"

namespace podseek::testing {

class HostServer {
 public:
  HostServer() {
    server_.routes().Get(R"(/([A-Za-z0-9._-]+))", [](const httplib::Request& req, httplib::Response& res) {
      try {
        res.set_content(read_fixture("hosts/" + req.matches[1].str()), "application/octet-stream");
      } catch (const std::exception&) {
        res.status = 404;
      }
    });
    server_.start();
  }
  FeedParseResult read(const std::string& name, const FeedOptions& options = {}) {
    HttpFetcher fetcher;
    return read_feed(server_.url("/" + name), fetcher, options);
  }
  std::string url(const std::string& name) const { return server_.url("/" + name); }

 private:
  LoopbackHttpServer server_;
};

}  // namespace podseek::testing
