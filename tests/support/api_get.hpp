// GETs an API path from a RunningServer and parses its JSON body, checking (as every API answer
// must) that it is sent as application/json; for the HTTP tests of the API.
// Thread safety: as the RunningServer's client (one request at a time per call).
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>

#include "tests/support/running_server.hpp"

namespace podseek::testing {

// The status and parsed body of GET path; the path and raw body are in the failure message.
inline std::pair<int, nlohmann::json> api_get(const RunningServer& server, const std::string& path) {
  auto result = server.client().Get(path);
  REQUIRE(result);
  INFO(path << " -> " << result->body);
  CHECK(result->get_header_value("Content-Type") == "application/json");
  return {result->status, nlohmann::json::parse(result->body)};
}

}  // namespace podseek::testing
