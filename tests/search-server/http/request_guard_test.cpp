// Tests for search-server/http/request_guard: hostile requests (issue 15, points 4 and 6) sent over
// raw sockets to the real server on 127.0.0.1, each refused before any work is done for it.
#include "search-server/http/request_guard.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <string>

#include "tests/support/netstack_index.hpp"
#include "tests/support/raw_http.hpp"
#include "tests/support/running_server.hpp"

using namespace podseek;
using namespace std::chrono_literals;
using testing::count_of;
using testing::RawConnection;

namespace {

// Longer than any answer takes, shorter than the server's 5 s read timeout: an answer that only
// comes after the server waited for more input arrives too late.
constexpr auto kAnswerTime = 3s;

struct Fixture {
  testing::NetstackIndex index;
  testing::RunningServer server{ServerOptions{.db_path = index.path()}};

  // Sends `request` on a fresh connection and returns the answer: what came until the end of a
  // JSON body or until the server closed the connection.
  std::string exchange(const std::string& request) {
    RawConnection connection(server.port());
    connection.send(request);
    return connection.read(kAnswerTime, "}}");
  }
};

std::string status_line(const std::string& answer) { return answer.substr(0, answer.find("\r\n")); }

std::string body_of(const std::string& answer) {
  auto end = answer.find("\r\n\r\n");
  return end == std::string::npos ? "" : answer.substr(end + 4);
}

std::string error_code(const std::string& answer) {
  return nlohmann::json::parse(body_of(answer)).at("error").at("code").get<std::string>();
}

}  // namespace

TEST_CASE("A request with more header fields than the limit is refused with 431", "[request_guard]") {
  Fixture f;
  std::string request = "GET /api/guests HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 1000; ++i) request += "X-Field-" + std::to_string(i) + ": 1\r\n";
  const std::string answer = f.exchange(request + "\r\n");
  CHECK(status_line(answer) == "HTTP/1.1 431 Request Header Fields Too Large");
  CHECK(error_code(answer) == "too_large");
  std::string allowed = "GET /api/guests HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
  for (std::size_t i = 0; i + 2 < RequestLimits::kMaxHeaderFields; ++i) allowed += "X-" + std::to_string(i) + ": 1\r\n";
  CHECK(status_line(f.exchange(allowed + "\r\n")) == "HTTP/1.1 200 OK");
}

TEST_CASE("A chunked body is refused before it is read", "[request_guard]") {
  Fixture f;
  // The body never ends: a server that reads it (cpp-httplib 0.11's CVE-2025-46728) answers nothing.
  for (const char* method : {"GET", "POST"}) {
    INFO(method);
    const std::string answer = f.exchange(std::string(method) +
                                          " /api/search?q=quic HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "100000\r\n" + std::string(60000, 'a'));
    CHECK(status_line(answer) == (method == std::string("GET") ? "HTTP/1.1 413 Payload Too Large"
                                                                : "HTTP/1.1 405 Method Not Allowed"));
  }
}

TEST_CASE("A body with a length, or a POST without one, is refused without waiting for it", "[request_guard]") {
  Fixture f;
  CHECK(status_line(f.exchange("GET /api/search?q=quic HTTP/1.1\r\nHost: x\r\nContent-Length: 300000000\r\n\r\nabc")) ==
        "HTTP/1.1 413 Payload Too Large");
  CHECK(status_line(f.exchange("POST /api/search HTTP/1.1\r\nHost: x\r\n\r\nq=quic&q=quic")) ==
        "HTTP/1.1 405 Method Not Allowed");
}

TEST_CASE("Wrong methods get 405 with Allow, on the API and the site alike", "[request_guard]") {
  Fixture f;
  for (const char* request : {"POST /api/search?q=quic", "PUT /api/episodes/netstack.fm%2F11", "DELETE /healthz",
                              "PATCH /", "POST /api/no-such-path"}) {
    INFO(request);
    const std::string answer = f.exchange(std::string(request) + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    CHECK(status_line(answer) == "HTTP/1.1 405 Method Not Allowed");
    CHECK(answer.find("\r\nAllow: GET, HEAD, OPTIONS\r\n") != std::string::npos);
    CHECK(error_code(answer) == "method_not_allowed");
  }
}

TEST_CASE("Range is ignored: 500 parts and unsatisfiable ranges get the whole answer", "[request_guard]") {
  Fixture f;
  const auto whole = f.server.client().Get("/api/guests");
  REQUIRE(whole);
  std::string parts = "bytes=0-1000";
  for (int i = 1; i < 500; ++i) parts += ",0-1000";
  for (const std::string& range : {parts, std::string("bytes=999999-"), std::string("bytes=0-5")}) {
    INFO(range.substr(0, 40));
    auto res = f.server.client().Get("/api/guests", {{"Range", range}});
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body == whole->body);
    CHECK_FALSE(res->has_header("Content-Range"));
  }
}

TEST_CASE("Every parameter of every route must be well-formed UTF-8, by one rule", "[request_guard]") {
  Fixture f;
  const char* ill_formed[] = {"%C0%AF", "%E0%80%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "caf%E9"};
  const char* targets[] = {"/api/search?q=", "/api/suggest?q=", "/api/search?q=quic&guest=", "/api/episodes?x=",
                           "/api/guests?page="};
  for (const char* target : targets) {
    for (const char* bytes : ill_formed) {
      const std::string path = std::string(target) + bytes;
      INFO(path);
      auto res = f.server.client().Get(path);
      REQUIRE(res);
      CHECK(res->status == 400);
      CHECK_THAT(res->body, Catch::Matchers::Contains("must be UTF-8 text"));
    }
  }
  auto fine = f.server.client().Get("/api/suggest?q=caf%C3%A9");
  REQUIRE(fine);
  CHECK(fine->status == 200);
}

TEST_CASE("API answers, errors included, carry X-Content-Type-Options: nosniff", "[request_guard]") {
  Fixture f;
  for (const char* path : {"/api/search?q=quic", "/api/search?page=0", "/api/nothing", "/healthz", "/api/guests"}) {
    INFO(path);
    auto res = f.server.client().Get(path);
    REQUIRE(res);
    CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  }
}
