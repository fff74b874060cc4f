// The checks every request passes before routing, so that a hostile request is refused before
// any work is done for it: too many header fields, a method the API does not have, a request body
// (none is read: the API takes none, and cpp-httplib 0.11 would buffer a chunked or length-less
// body whole, CVE-2025-46728), parameters or a path that are not well-formed UTF-8. Range is
// ignored: every answer is whole (0.11 answered 500 parts with 500 copies, and 416 without a body).
// Each refusal is the JSON error of the contract.
// Thread safety: immutable after construction; refuse() may run on many threads.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>

#include "search-server/http/cors.hpp"

namespace podseek {

struct RequestLimits {
  // Header fields of one request. Browsers send about 20; more than 100 is refused (431).
  static constexpr std::size_t kMaxHeaderFields = 100;
  // The methods the API and the site answer (the Allow of a 405).
  static constexpr const char* kAllowedMethods = "GET, HEAD, OPTIONS";
};

class RequestGuard {
 public:
  // Fills `res` with the refusal and returns true when the request must not be routed; else
  // returns false and leaves `res` alone (it may drop the request's byte ranges, see above).
  bool refuse(const httplib::Request& req, httplib::Response& res) const;
};

// Puts the guard and the CORS policy in force on server (httplib has one pre- and one
// post-routing handler; this sets both, replacing any set before): before routing, the guard's
// refusals, then OPTIONS preflights; every response, errors included, goes through cors.decorate().
// `first`, when given, runs at the start of every request before the checks (the metrics' start of
// a request, see request_observer.hpp).
void install_request_checks(httplib::Server& server, RequestGuard guard, CorsPolicy cors,
                            std::function<void(const httplib::Request&)> first = nullptr);

}  // namespace podseek
