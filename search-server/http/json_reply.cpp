// JSON answers and error bodies (see json_reply.hpp).
#include "search-server/http/json_reply.hpp"

#include "search-server/http/api_json.hpp"

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

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void send_error(httplib::Response& res, const Error& error) { send_json(res, error_json(error), http_status(error.code)); }

void send_http_error(httplib::Response& res, int status, std::string_view code, const std::string& message) {
  send_json(res, {{"error", {{"code", code}, {"message", message}}}}, status);
}

}  // namespace podseek
