// Tests for search-server/cors: origin parsing and which responses get CORS headers.
#include "search-server/http/cors.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>

using podseek::CorsPolicy;
using podseek::parse_origin;

TEST_CASE("An allow-origin value is normalised to the form browsers send", "[cors]") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"http://127.0.0.1:8080", "http://127.0.0.1:8080"},
      {"http://127.0.0.1:8080/", "http://127.0.0.1:8080"},
      {"HTTPS://Example.ORG", "https://example.org"},
      {"https://[::1]:443", "https://[::1]:443"},
  };
  for (const auto& c : cases) {
    INFO(c.input);
    auto parsed = parse_origin(c.input);
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == c.expected);
  }
}

TEST_CASE("An allow-origin value that is not an origin is refused", "[cors]") {
  for (const char* input :
       {"", "example.org", "ftp://example.org", "https://", "https://example.org/path", "https://example.org?x", "*",
        "https://*.example.org", "https://u@example.org", "https://example.org:http", "https://:80"}) {
    INFO(input);
    auto parsed = parse_origin(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == podseek::ErrorCode::kInvalidArgument);
  }
}

namespace {
httplib::Request request(const char* method, const char* path, const char* origin) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  if (origin) req.headers.emplace("Origin", origin);
  return req;
}
}  // namespace

TEST_CASE("Only a listed origin gets Access-Control-Allow-Origin, and only on the API and embed.js", "[cors]") {
  const CorsPolicy policy({"http://allowed.test"});
  SECTION("listed origin on the API") {
    httplib::Response res;
    policy.decorate(request("GET", "/api/search", "http://allowed.test"), res);
    CHECK(res.get_header_value("Access-Control-Allow-Origin") == "http://allowed.test");
    CHECK(res.get_header_value("Vary") == "Origin");
  }
  SECTION("listed origin on embed.js") {
    httplib::Response res;
    policy.decorate(request("GET", "/embed.js", "http://allowed.test"), res);
    CHECK(res.get_header_value("Access-Control-Allow-Origin") == "http://allowed.test");
  }
  SECTION("another origin") {
    httplib::Response res;
    policy.decorate(request("GET", "/api/search", "http://other.test"), res);
    CHECK_FALSE(res.has_header("Access-Control-Allow-Origin"));
    CHECK(res.get_header_value("Vary") == "Origin");
  }
  SECTION("the site's own pages") {
    httplib::Response res;
    policy.decorate(request("GET", "/", "http://allowed.test"), res);
    CHECK_FALSE(res.has_header("Access-Control-Allow-Origin"));
    CHECK_FALSE(res.has_header("Vary"));
  }
}

TEST_CASE("With no allowed origins nothing is shared cross-origin", "[cors]") {
  const CorsPolicy policy;
  httplib::Response res;
  policy.decorate(request("GET", "/api/search", "http://allowed.test"), res);
  CHECK_FALSE(res.has_header("Access-Control-Allow-Origin"));
}

TEST_CASE("A preflight is answered 204, with allow headers only for a listed origin", "[cors]") {
  const CorsPolicy policy({"http://allowed.test"});
  httplib::Response ok;
  REQUIRE(policy.answer_preflight(request("OPTIONS", "/api/search", "http://allowed.test"), ok));
  CHECK(ok.status == 204);
  CHECK(ok.get_header_value("Access-Control-Allow-Origin") == "http://allowed.test");
  CHECK(ok.get_header_value("Access-Control-Allow-Methods").find("GET") != std::string::npos);

  httplib::Response refused;
  REQUIRE(policy.answer_preflight(request("OPTIONS", "/api/search", "http://other.test"), refused));
  CHECK(refused.status == 204);
  CHECK_FALSE(refused.has_header("Access-Control-Allow-Origin"));

  httplib::Response page;
  CHECK_FALSE(policy.answer_preflight(request("OPTIONS", "/guests", "http://allowed.test"), page));
  httplib::Response get;
  CHECK_FALSE(policy.answer_preflight(request("GET", "/api/search", "http://allowed.test"), get));
}
