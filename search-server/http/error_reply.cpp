// Errors as HTTP replies (see error_reply.hpp).
#include "search-server/http/error_reply.hpp"

namespace podseek {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

const char* wire_code(int status) {
  switch (status) {
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "too_large";
    case 431: return "too_large";
    case 416: return "range_not_satisfiable";
    case 503: return "unavailable";
  }
  return status >= 500 ? "internal" : "bad_request";
}

nlohmann::json error_body(int status, const std::string& message) {
  return {{"error", {{"code", wire_code(status)}, {"message", message}}}};
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  // A browser must never read an answer as HTML or script, whatever it contains.
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, error_body(status, message), status);
}

void send_error(httplib::Response& res, const Error& error) { send_error(res, http_status(error.code), error.message); }

}  // namespace podseek
