// Refusing hostile requests before routing (see request_guard.hpp).
#include "search-server/http/request_guard.hpp"

#include <memory>
#include <string>

#include "common/utf8_text.hpp"
#include "search-server/http/error_reply.hpp"

namespace podseek {
namespace {

bool allowed_method(const std::string& method) { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }

// A body was announced: chunked, or a Content-Length other than 0.
bool announces_body(const httplib::Request& req) {
  if (req.has_header("Transfer-Encoding")) return true;
  return req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0";
}

// Header fields the client sent: cpp-httplib adds REMOTE_ADDR and REMOTE_PORT (and, in later
// versions, LOCAL_ADDR and LOCAL_PORT) to the same list.
std::size_t client_header_fields(const httplib::Request& req) {
  std::size_t added = 0;
  for (const char* name : {"REMOTE_ADDR", "REMOTE_PORT", "LOCAL_ADDR", "LOCAL_PORT"}) added += req.headers.count(name);
  return req.headers.size() - added;
}

// The name of the first parameter (or "path") that is not well-formed UTF-8, or "".
std::string first_ill_formed_text(const httplib::Request& req) {
  if (!is_valid_utf8(req.path)) return "path";
  for (const auto& [name, value] : req.params) {
    if (!is_valid_utf8(name)) return "parameter names";
    if (!is_valid_utf8(value)) return name;
  }
  return "";
}

// Whatever the client sent beyond the header (a body, say) is not read. It is then taken as the
// start of the connection's next request: the ConnectionGate closes the connection when no whole
// header comes within the keep-alive time, or refuses one over its byte limit.
void refuse_with(httplib::Response& res, int status, const std::string& message) { send_error(res, status, message); }

}  // namespace

bool RequestGuard::refuse(const httplib::Request& req, httplib::Response& res) const {
  if (client_header_fields(req) > RequestLimits::kMaxHeaderFields) {
    refuse_with(res, 431, "a request may have at most " + std::to_string(RequestLimits::kMaxHeaderFields) + " header fields");
    return true;
  }
  if (!allowed_method(req.method)) {
    refuse_with(res, 405, req.method + " is not allowed here; use GET");
    res.set_header("Allow", RequestLimits::kAllowedMethods);
    return true;
  }
  if (announces_body(req)) {
    refuse_with(res, 413, "this API takes no request body");
    return true;
  }
  const std::string bad = first_ill_formed_text(req);
  if (!bad.empty()) {
    refuse_with(res, 400, bad + " must be UTF-8 text");
    return true;
  }
  // Range is ignored (RFC 9110 §14.2 allows it): every answer is whole. `req` is the server's own
  // non-const Request, passed here as const, so clearing its parsed ranges is well defined.
  const_cast<httplib::Request&>(req).ranges.clear();
  return false;
}

void install_request_checks(httplib::Server& server, RequestGuard guard, CorsPolicy cors,
                            std::function<void(const httplib::Request&)> first) {
  auto shared_cors = std::make_shared<const CorsPolicy>(std::move(cors));
  server.set_pre_routing_handler([guard, shared_cors, first](const httplib::Request& req, httplib::Response& res) {
    if (first) first(req);
    const bool answered = guard.refuse(req, res) || shared_cors->answer_preflight(req, res);
    return answered ? httplib::Server::HandlerResponse::Handled : httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_post_routing_handler(
      [shared_cors](const httplib::Request& req, httplib::Response& res) { shared_cors->decorate(req, res); });
}

}  // namespace podseek
