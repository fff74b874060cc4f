// Cross-origin access for the embeddable search box: only origins listed with --allow-origin may
// read /api/* and /embed.js from another site; every other origin gets no CORS headers, so the
// browser refuses. The site's own pages are never shared cross-origin.
// Thread safety: a CorsPolicy is immutable once built; share one between server threads freely.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.hpp"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace podseek {

// Parses an --allow-origin value into the form browsers send in the Origin header:
// "http://127.0.0.1:8080/" -> "http://127.0.0.1:8080"; scheme and host are lower-cased.
// Fails with kInvalidArgument for anything that is not scheme://host[:port] (a path, a query,
// a wildcard, a missing host).
Expected<std::string> parse_origin(std::string_view text);

class CorsPolicy {
 public:
  // REQUIRES: every origin came from parse_origin(). Empty: no cross-origin access at all.
  explicit CorsPolicy(std::vector<std::string> allowed_origins = {});

  // True for the paths other sites may read: /api/... and /embed.js.
  static bool covers(std::string_view path);

  // True when origin is one of the allowed origins (exact match).
  bool allows(std::string_view origin) const;

  // For a covered path: adds Vary: Origin, and Access-Control-Allow-Origin when the request's
  // Origin is allowed. Other paths are left alone. Call on every response (errors included).
  void decorate(const httplib::Request& req, httplib::Response& res) const;

  // Answers an OPTIONS preflight for a covered path: 204, with the allow headers only when the
  // Origin is allowed. Returns false (and leaves res alone) for other paths.
  bool answer_preflight(const httplib::Request& req, httplib::Response& res) const;

  const std::vector<std::string>& origins() const { return origins_; }

 private:
  std::vector<std::string> origins_;
};

}  // namespace podseek
