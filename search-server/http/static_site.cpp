// Static files for the web front end; see static_site.hpp.
#include "search-server/http/static_site.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <utility>

#include <httplib.h>

#include "common/ascii_text.hpp"
#include "common/fingerprint.hpp"

namespace podseek {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kTypes{{
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".webp", "image/webp"},
    {".woff2", "font/woff2"},
    {".json", "application/json"},
    {".txt", "text/plain; charset=utf-8"},
}};

// A page of the one-page app: each is answered with index.html. `kind` and `key` are empty for
// the pages of the whole site, else the thing the page is about (see PageExists).
struct AppRoute {
  std::string_view kind;
  std::string_view key;
};

constexpr std::size_t kMaxPageKeyBytes = 1024;

std::optional<AppRoute> app_route(std::string_view path) {
  if (path == "/" || path == "/guests" || path == "/topics" || path == "/podcasts") return AppRoute{};
  for (std::string_view kind : {"episodes", "podcasts", "guests"}) {
    if (path.size() <= kind.size() + 2 || path[0] != '/' || path.substr(1, kind.size()) != kind ||
        path[kind.size() + 1] != '/') {
      continue;
    }
    const std::string_view key = path.substr(kind.size() + 2);
    if (key.size() > kMaxPageKeyBytes || key.find('\0') != std::string_view::npos) return std::nullopt;
    // An episode id is "<podcast id>/<number or guid>": one '/' at most; a podcast id has none.
    const auto slashes = std::count(key.begin(), key.end(), '/');
    if ((kind == "episodes" && slashes > 1) || (kind == "podcasts" && slashes > 0)) return std::nullopt;
    return AppRoute{kind, key};
  }
  return std::nullopt;
}

// A path segment we are willing to map to a file: letters, digits, '-', '_' and '.', not leading '.'.
bool plain_segment(std::string_view segment) {
  if (segment.empty() || segment.front() == '.' || segment.size() > 100) return false;
  for (char c : segment) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Whether `entry` itself (not what it links to: symlink_status) has the type. A symbolic link is
// never followed, so a link to a file or a folder outside the site is simply not served.
bool is_entry_of_type(const std::filesystem::path& entry, std::filesystem::file_type type) {
  std::error_code ec;
  return std::filesystem::symlink_status(entry, ec).type() == type;
}

bool read_file(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace

std::string site_etag(std::string_view content) {
  char text[24];
  std::snprintf(text, sizeof text, "\"%016llx\"", static_cast<unsigned long long>(fnv1a64(content)));
  return text;
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  std::size_t at = 0;
  while (at <= if_none_match.size()) {
    std::size_t comma = if_none_match.find(',', at);
    if (comma == std::string_view::npos) comma = if_none_match.size();
    std::string_view tag = ascii::trim_view(if_none_match.substr(at, comma - at));
    if (tag.starts_with("W/")) tag.remove_prefix(2);  // If-None-Match compares weakly (RFC 9110 13.1.2)
    if (tag == "*" || tag == etag) return true;
    at = comma + 1;
  }
  return false;
}

std::optional<std::string_view> site_content_type(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view ext = file_name.substr(dot);
  for (const auto& [known, type] : kTypes) {
    if (ext == known) return type;
  }
  return std::nullopt;
}

StaticSite::StaticSite(std::filesystem::path root, PageExists exists)
    : root_(std::move(root)), exists_(std::move(exists)) {}

std::optional<std::filesystem::path> StaticSite::resolve(std::string_view path) const {
  if (app_route(path)) return root_ / "index.html";
  if (!path.starts_with('/')) return std::nullopt;
  std::filesystem::path file = root_;
  std::string_view rest = path.substr(1);
  while (true) {
    const auto slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    if (!plain_segment(segment)) return std::nullopt;
    file /= std::string(segment);
    if (slash == std::string_view::npos) break;
    // Every folder on the way must be a real folder: a linked one would lead out of the site.
    if (!is_entry_of_type(file, std::filesystem::file_type::directory)) return std::nullopt;
    rest = rest.substr(slash + 1);
  }
  if (!site_content_type(file.filename().string())) return std::nullopt;
  if (!is_entry_of_type(file, std::filesystem::file_type::regular)) return std::nullopt;
  return file;
}

namespace {

bool send_file(const std::filesystem::path& file, int status, const httplib::Request& req, httplib::Response& res) {
  std::string body;
  if (!read_file(file, body)) return false;
  const std::string_view type = *site_content_type(file.filename().string());
  res.status = status;
  res.set_header("X-Content-Type-Options", "nosniff");
  // Revalidated on every use, but a copy the browser holds costs only a 304 without a body.
  res.set_header("Cache-Control", "no-cache");
  if (status == 200) {
    const std::string etag = site_etag(body);
    res.set_header("ETag", etag);
    if (etag_matches(req.get_header_value("If-None-Match"), etag)) {
      res.status = 304;
      return true;
    }
  }
  if (type.starts_with("text/html")) {
    res.set_header("Content-Security-Policy", std::string(kSiteContentSecurityPolicy));
    res.set_header("Referrer-Policy", "same-origin");
  }
  res.set_content(std::move(body), std::string(type));
  return true;
}

}  // namespace

bool StaticSite::serve(const httplib::Request& req, httplib::Response& res) const {
  if (auto route = app_route(req.path); route && !route->key.empty() && exists_ &&
                                        !exists_(route->kind, std::string(route->key))) {
    return send_file(root_ / "index.html", 404, req, res);
  }
  const auto file = resolve(req.path);
  return file && send_file(*file, 200, req, res);
}

bool StaticSite::serve_not_found_page(const httplib::Request& req, httplib::Response& res) const {
  const auto slash = req.path.rfind('/');
  const std::string_view last = std::string_view(req.path).substr(slash == std::string::npos ? 0 : slash + 1);
  if (last.find('.') != std::string_view::npos) return false;
  return send_file(root_ / "index.html", 404, req, res);
}

void mount_static_site(httplib::Server& server, const ServerOptions& options, PageExists exists) {
  if (options.web_dir.empty()) return;
  auto site = std::make_shared<const StaticSite>(options.web_dir, std::move(exists));
  // Registered after the API routes, so it only sees the paths they did not take.
  server.Get(R"(/.*)", [site](const httplib::Request& req, httplib::Response& res) {
    if (site->serve(req, res) || site->serve_not_found_page(req, res)) return;
    res.status = 404;  // the server's error handler writes the JSON body
  });
}

}  // namespace podseek
