// Serves the web front end (web/): the one-page app for /, /guests, /topics, /podcasts and the
// pages of one episode, podcast or guest (/episodes/{id}, /podcasts/{id}, /guests/{name}: 404 with
// the same shell when the index has no such thing), and the files beside it, with a strict Content-Security-Policy and X-Content-Type-Options.
// Only plain names with a known type are served: no dot-files, no symlinks, no directory listings.
// Every file carries a strong ETag (a hash of its content); If-None-Match with it answers 304.
// Thread safety: a StaticSite is immutable after construction; serve() may run on many threads.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>

#include "search-server/http/server_options.hpp"

namespace podseek {

// The Content-Security-Policy of every page: scripts, styles and requests from this origin only.
inline constexpr std::string_view kSiteContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:; "
    "media-src 'self' https: http:; "
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

// The MIME type served for a file name's extension, or nullopt for a type the site does not serve.
std::optional<std::string_view> site_content_type(std::string_view file_name);

// A strong entity tag for a file's content: a 64-bit FNV-1a hash in quotes, "0123456789abcdef".
std::string site_etag(std::string_view content);

// Whether an If-None-Match header value (a list of tags, or "*") names `etag`.
bool etag_matches(std::string_view if_none_match, std::string_view etag);

// Whether the index has the thing a page is about: kind is "episodes", "podcasts" or "guests",
// key the decoded rest of the path (an episode id or number, a podcast id, a guest's name).
using PageExists = std::function<bool(std::string_view kind, const std::string& key)>;

class StaticSite {
 public:
  // root: the web/ folder. REQUIRES: it exists and holds index.html. Without `exists`, every
  // page of an episode, podcast or guest is answered with 200.
  explicit StaticSite(std::filesystem::path root, PageExists exists = nullptr);

  // The file that answers a decoded request path, or nullopt (then the answer is a 404):
  // the app shell for the page routes, else a regular file under root with an allowed name.
  std::optional<std::filesystem::path> resolve(std::string_view path) const;

  // Answers GET/HEAD for req.path (the page of an unknown episode, podcast or guest with the
  // shell and 404). Returns false, leaving res alone, when nothing is there.
  bool serve(const httplib::Request& req, httplib::Response& res) const;

  // Answers an unknown page path (no file extension) with the app shell and status 404, so the
  // browser shows the site's own "not found" page. Returns false for anything else.
  bool serve_not_found_page(const httplib::Request& req, httplib::Response& res) const;

 private:
  std::filesystem::path root_;
  PageExists exists_;
};

// Serves options.web_dir for every GET path no earlier route took: call it after the API routes.
// Does nothing when options.web_dir is empty.
void mount_static_site(httplib::Server& server, const ServerOptions& options, PageExists exists = nullptr);

}  // namespace podseek
