// Table tests for common/text_analyzer.cpp: input text -> words (joined form and parts).
#include "common/text_analyzer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podseek;

namespace {

// Renders words as "joined[part,part]" (parts shown only for compounds), space-separated.
std::string render(const std::string& text) {
  std::string out;
  for (const AnalyzedWord& word : thread_analyzer().analyze(text)) {
    if (!out.empty()) out += ' ';
    out += word.joined;
    if (word.is_compound()) {
      out += '[';
      for (std::size_t i = 0; i < word.parts.size(); ++i) out += (i ? "," : "") + word.parts[i];
      out += ']';
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Compound technical words are split into parts and kept joined") {
  struct Row { const char* input; const char* expected; };
  const std::vector<Row> table = {
      {"HTTP/3", "http3[http,3]"},
      {"http3", "http3[http,3]"},
      {"io_uring", "iouring[io,uring]"},
      {"IO-URing", "iouring[io,uring]"},
      {"ZeroCopy", "zerocopy[zero,copy]"},
      {"zero-copy", "zerocopy[zero,copy]"},
      {"zerocopy", "zerocopy"},
      {"WebTransport", "webtransport[web,transport]"},
      {"gRPC-Web", "grpcweb[g,rpc,web]"},
      {"netstack3", "netstack3[netstack,3]"},
      {"Netstack 3", "netstack 3"},
      {"HTTPServer", "httpserver[http,server]"},
      {"IPv6", "ipv6[ipv,6]"},
      {"TLS 1.3", "tls 1.3[1,3]"},
      {"RFC 9000", "rfc 9000"},
      // Plain words in one case or capitalised stay whole; any other mix of cases splits.
      {"Tokio QUIC network", "tokio quic network"},
      {"TokIO", "tokio[tok,io]"},
      {"HTTPs", "https[htt,ps]"},
      {"aB", "ab[a,b]"},
      {"Z", "z"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    CHECK(render(row.input) == row.expected);
  }
}

TEST_CASE("Folding treats case, accents, widths and apostrophe variants alike") {
  struct Row { const char* input; const char* expected; };
  const std::vector<Row> table = {
      {"José", "jose"},
      {"Fuchsia’s netstack", "fuchsia netstack"},
      {"Fuchsia's netstack", "fuchsia netstack"},
      {"ＱＵＩＣ", "quic"},
      {"Straße", "strasse"},
      {"東京", "東京"},
      {"don't", "dont"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    CHECK(render(row.input) == row.expected);
  }
}

TEST_CASE("Short technical names and symbols stay searchable") {
  CHECK(render("C and Go") == "c and go");
  CHECK(render("C++ or C#") == "c++ or c#");
  CHECK(render("h2 h3") == "h2[h,2] h3[h,3]");
}

TEST_CASE("Long chains such as URL paths are not joined whole") {
  auto words = thread_analyzer().analyze("datatracker.ietf.org/doc/html/rfc9000");
  REQUIRE(words.size() == 1);
  CHECK(words[0].joined.empty());
  CHECK(words[0].parts.back() == "9000");
  bool has_rfc9000 = false;
  for (const auto& g : words[0].groups) has_rfc9000 |= g.text == "rfc9000";
  CHECK(has_rfc9000);
}

TEST_CASE("Words carry their byte range in the source text") {
  std::string text = "Async usage — QUIC/HTTP3 here";
  auto words = thread_analyzer().analyze(text);
  REQUIRE(words.size() == 4);
  CHECK(text.substr(words[2].begin, words[2].end - words[2].begin) == "QUIC/HTTP3");
}

TEST_CASE("Exact values fold without splitting") {
  CHECK(thread_analyzer().fold("  Daniel   Stenberg ") == "daniel stenberg");
  CHECK(thread_analyzer().fold("QUIC & HTTP/3") == "quic & http/3");
}

TEST_CASE("Stemming reduces English words and leaves terms with digits") {
  CHECK(thread_analyzer().stem("pooling") == "pool");
  CHECK(thread_analyzer().stem("http3") == "http3");
}
