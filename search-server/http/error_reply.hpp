// The one place where errors become HTTP: the status of each error code, the wire name of each
// status ("bad_request", "not_found", ...) and the body {"error": {"code", "message"}}, always
// built with nlohmann::json so every message is escaped. Every JSON reply goes out through send_json.
// Thread safety: pure functions.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "common/status.hpp"

namespace podseek {

int http_status(ErrorCode code);
// "bad_request" (400 and any other 4xx), "not_found" (404), "method_not_allowed" (405),
// "too_large" (413 and 431), "range_not_satisfiable" (416), "unavailable" (503), "internal" (5xx).
const char* wire_code(int status);

nlohmann::json error_body(int status, const std::string& message);

// Also sets Cache-Control: no-store and X-Content-Type-Options: nosniff.
void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);
void send_error(httplib::Response& res, const Error& error);
void send_error(httplib::Response& res, int status, const std::string& message);

}  // namespace podseek
