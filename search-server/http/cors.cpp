// CORS for /api/* and /embed.js, limited to the origins given with --allow-origin.
#include "search-server/http/cors.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include <httplib.h>

#include "common/ascii_text.hpp"

namespace podseek {
namespace {

using ascii::lower;

bool valid_host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '[' || c == ']' || c == ':';
}

Error bad_origin(std::string_view text, std::string_view why) {
  return Error{ErrorCode::kInvalidArgument, "--allow-origin \"" + std::string(text) + "\": " + std::string(why) +
                                                " (expected scheme://host[:port], e.g. https://example.org)"};
}

}  // namespace

Expected<std::string> parse_origin(std::string_view text) {
  const auto sep = text.find("://");
  if (sep == std::string_view::npos || sep == 0) return bad_origin(text, "no scheme");
  const std::string scheme = lower(text.substr(0, sep));
  if (scheme != "http" && scheme != "https") return bad_origin(text, "the scheme must be http or https");
  std::string_view rest = text.substr(sep + 3);
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.empty()) return bad_origin(text, "no host");
  for (char c : rest) {
    if (c == '/' || c == '?' || c == '#') return bad_origin(text, "an origin has no path, query or fragment");
    if (c == '*') return bad_origin(text, "wildcards are not accepted; list each origin");
    if (c == '@') return bad_origin(text, "an origin has no user name");
    if (!valid_host_char(c)) return bad_origin(text, "unexpected character in the host");
  }
  // A port, when given, is 1 to 5 digits after the last colon (outside an IPv6 literal).
  const auto bracket = rest.rfind(']');
  const auto colon = rest.rfind(':');
  if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
    const std::string_view port = rest.substr(colon + 1);
    if (colon == 0) return bad_origin(text, "no host");
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return bad_origin(text, "the port must be a number");
    }
  }
  return scheme + "://" + lower(rest);
}

CorsPolicy::CorsPolicy(std::vector<std::string> allowed_origins) : origins_(std::move(allowed_origins)) {}

bool CorsPolicy::covers(std::string_view path) { return path.starts_with("/api/") || path == "/embed.js"; }

bool CorsPolicy::allows(std::string_view origin) const {
  return std::find(origins_.begin(), origins_.end(), origin) != origins_.end();
}

void CorsPolicy::decorate(const httplib::Request& req, httplib::Response& res) const {
  if (origins_.empty() || !covers(req.path)) return;
  // The answer depends on Origin, so caches must key on it even when no CORS header is sent.
  res.set_header("Vary", "Origin");
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && allows(origin) && !res.has_header("Access-Control-Allow-Origin")) {
    res.set_header("Access-Control-Allow-Origin", origin);
  }
}

bool CorsPolicy::answer_preflight(const httplib::Request& req, httplib::Response& res) const {
  if (req.method != "OPTIONS" || !covers(req.path)) return false;
  res.status = 204;
  res.set_header("Allow", "GET, HEAD, OPTIONS");
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && allows(origin)) {
    res.set_header("Access-Control-Allow-Origin", origin);
    res.set_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Accept, Content-Type");
    res.set_header("Access-Control-Max-Age", "600");
  }
  if (!origins_.empty()) res.set_header("Vary", "Origin");
  return true;
}

}  // namespace podseek
