// Every analysis rule checked from both sides: a document written one way is indexed by the
// indexer's code, a query written another way goes through the query side, and it must (or
// must not) match. Guards the one seam shared by indexer and search server.
#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "search-server/core/query_builder.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

// True when a one-episode index whose description is `text` matches `query`.
bool finds(const std::string& text, const std::string& query, const SynonymTable& synonyms = SynonymTable()) {
  testing::TempDir dir;
  Podcast podcast{.title = "Show"};
  Episode episode{.guid = "1", .number = 1, .title = "Episode"};
  episode.description = text + ". Other words: transport web layer zero bytes copying.";
  podcast.episodes.push_back(episode);
  {
    IndexWriter writer(dir.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  Xapian::Database db(dir.file("db"));
  QueryBuilder builder(db, synonyms);
  Xapian::Enquire enquire(db);
  enquire.set_query(builder.build(parse_query_syntax(query), {}).query);
  return enquire.get_mset(0, 10).size() > 0;
}

struct Row {
  const char* document;
  const char* query;
};

}  // namespace

TEST_CASE("Compound technical words find each other in every written form") {
  const std::vector<Row> table = {
      {"io_uring", "IO-URing"},       {"io_uring", "io-uring"},         {"io_uring", "\"io uring\""},
      {"IO-URing", "io_uring"},       {"HTTP/3", "http3"},              {"HTTP/3", "HTTP 3"},
      {"http3", "HTTP/3"},            {"netstack3", "Netstack 3"},      {"Netstack 3", "netstack3"},
      {"ZeroCopy", "zerocopy"},       {"ZeroCopy", "zero-copy"},        {"ZeroCopy", "\"zero copy\""},
      {"zerocopy", "zero copy"},      {"zero-copy", "ZeroCopy"},        {"WebTransport", "Web Transport"},
      {"Web Transport", "WebTransport"}, {"gRPC-Web", "grpc web"},      {"grpc web", "gRPC-Web"},
      {"RFC 9000", "rfc9000"},        {"rfc9000", "RFC 9000"},          {"TLS 1.3", "tls 1.3"},
  };
  for (const Row& row : table) {
    INFO(row.document << " <- " << row.query);
    CHECK(finds(row.document, row.query));
  }
}

TEST_CASE("Folding makes case, accents, widths and apostrophes alike on both sides") {
  const std::vector<Row> table = {
      {"José", "jose"},         {"jose", "José"},          {"Fuchsia’s netstack", "Fuchsia's"},
      {"Fuchsia's", "fuchsia’s"}, {"ＱＵＩＣ", "quic"},      {"Straße", "strasse"},
      {"Happy Eyeballs", "happy eyeball"}, {"C and Go", "C"}, {"C and Go", "go"},
      {"h2 and h3", "h3"},
  };
  for (const Row& row : table) {
    INFO(row.document << " <- " << row.query);
    CHECK(finds(row.document, row.query));
  }
}

TEST_CASE("Synonyms work in both directions, multi-word ones included") {
  SynonymTable synonyms({{"h3", "http/3"}, {"doh", "dns over https"}, {"sse", "server-sent events"}});
  const std::vector<Row> table = {
      {"HTTP/3", "h3"}, {"h3", "HTTP/3"}, {"DNS over HTTPS", "DoH"}, {"DoH", "dns over https"},
      {"SSE", "server-sent events"}, {"Server-Sent Events", "sse"},
  };
  for (const Row& row : table) {
    INFO(row.document << " <- " << row.query);
    CHECK(finds(row.document, row.query, synonyms));
  }
}

TEST_CASE("Different words stay different") {
  const std::vector<Row> table = {
      {"QUIC", "quick"}, {"HTTP/2", "http3"}, {"netstack3", "netstack2"}, {"ZeroCopy", "zero-cost"},
  };
  for (const Row& row : table) {
    INFO(row.document << " <- " << row.query);
    CHECK_FALSE(finds(row.document, row.query));
  }
}

TEST_CASE("Stop words do not make a query fail, but count inside phrases") {
  CHECK(finds("Quic Usage within Firefox", "QUIC in firefox"));
  CHECK(finds("QUIC and HTTP/3 in Firefox", "\"http/3 in firefox\""));
  CHECK_FALSE(finds("QUIC and HTTP/3 for Firefox", "\"http/3 in firefox\""));
}
