// Writing API answers: a JSON body with the headers every API answer carries (no-store, nosniff),
// the error body of the contract, and the one mapping from a core error to an HTTP status.
// Thread safety: pure functions on the caller's Response.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "common/status.hpp"

namespace podseek {

int http_status(ErrorCode code);

// Sets status, body and headers: Content-Type application/json, Cache-Control no-store and
// X-Content-Type-Options nosniff (a browser must never read an answer as HTML or script).
void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);

// {"error": {"code", "message"}} with the status of the core error.
void send_error(httplib::Response& res, const Error& error);

// The same body for a refusal at the HTTP level (405, 413, 431, ...), with its own code.
void send_http_error(httplib::Response& res, int status, std::string_view code, const std::string& message);

}  // namespace podseek
