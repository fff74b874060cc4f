// File and HTTP fetching for feeds. HTTP goes through cpp-httplib; URLs are split by libxml2.
#include "indexer/feed/feed_fetcher.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <libxml/uri.h>
#include <netdb.h>
#include <sys/socket.h>

#include <httplib.h>

#include "indexer/feed/feed_url.hpp"

namespace podseek {
namespace {

FetchResult failure(const std::string& source, const std::string& what, int status = 0) {
  FetchResult result;
  result.final_url = source;
  result.error = source + ": " + what;
  result.http_status = status;
  return result;
}

std::string strip_file_scheme(const std::string& path) { return path.rfind("file://", 0) == 0 ? path.substr(7) : path; }

// "https://host:8443/a/b?c" -> {"https://host:8443", "/a/b?c"}; false when it does not parse.
bool split_url(const std::string& url, std::string& origin, std::string& target) {
  xmlURIPtr uri = xmlParseURI(url.c_str());
  if (uri == nullptr) return false;
  bool ok = uri->scheme != nullptr && uri->server != nullptr && uri->server[0] != '\0';
  if (ok) {
    origin = std::string(uri->scheme) + "://" + uri->server;
    if (uri->port > 0) origin += ":" + std::to_string(uri->port);
  }
  xmlFreeURI(uri);
  // xmlParseURI decodes the path, but httplib expects it as sent: take it from the raw URL.
  if (ok) {
    std::size_t scheme_end = url.find("://");
    std::size_t path_start = url.find('/', scheme_end + 3);
    std::size_t fragment = url.find('#');
    target = path_start == std::string::npos ? "/" : url.substr(path_start, fragment - path_start);
  }
  return ok;
}

bool is_redirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool is_permanent_redirect(int status) { return status == 301 || status == 308; }

}  // namespace

std::vector<std::string> FeedFetcher::resolve_host(const std::string&) { return {}; }

FetchResult FeedFetcher::fetch_guarded(const std::string& url_or_path, const RequestCheck& check) {
  if (auto refused = check(url_or_path)) return failure(url_or_path, *refused);
  FetchResult result = fetch(url_or_path);
  if (result.ok() && result.final_url != url_or_path) {
    if (auto refused = check(result.final_url)) return failure(result.final_url, *refused);
  }
  return result;
}

std::vector<std::string> resolve_with_system(const std::string& host) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  std::vector<std::string> addresses;
  if (host.empty() || getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0) return addresses;
  for (addrinfo* at = found; at != nullptr; at = at->ai_next) {
    char text[NI_MAXHOST];
    if (getnameinfo(at->ai_addr, at->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST) == 0) {
      addresses.emplace_back(text);
    }
  }
  freeaddrinfo(found);
  return addresses;
}

FetchResult FileFetcher::fetch(const std::string& path) {
  std::string local = strip_file_scheme(path);
  std::error_code error;
  if (std::filesystem::exists(local, error) && !std::filesystem::is_regular_file(local, error)) {
    return failure(path, "not a regular file");
  }
  std::ifstream in(local, std::ios::binary);
  if (!in) return failure(path, "cannot open file");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return failure(path, "cannot read file");
  if (static_cast<std::size_t>(size) > limits_.max_bytes) {
    return failure(path, "larger than " + std::to_string(limits_.max_bytes) + " bytes");
  }
  in.seekg(0);
  FetchResult result;
  result.final_url = path;
  result.body.resize(static_cast<std::size_t>(size));
  if (!in.read(result.body.data(), size)) return failure(path, "cannot read file");
  return result;
}

FetchResult HttpFetcher::fetch_if_changed(const std::string& url, const FetchConditions& conditions) {
  return follow(url, conditions, nullptr);
}

FetchResult HttpFetcher::fetch_guarded(const std::string& url, const RequestCheck& check) {
  return follow(url, {}, check);
}

// GETs `url`, following redirects; `check` (when set) allows each request before it is sent.
FetchResult HttpFetcher::follow(const std::string& url, const FetchConditions& conditions, const RequestCheck& check) {
  std::string current = url;
  std::string moved_to;
  bool permanent_so_far = true;
  for (int hop = 0; hop <= limits_.max_redirects; ++hop) {
    if (check) {
      if (auto refused = check(current)) return failure(current, *refused);
    }
    FetchResult result = get_once(current, conditions);
    if (!result.ok() || !is_redirect(result.http_status)) {
      result.not_modified = result.ok() && result.http_status == 304;
      if (result.ok() && result.http_status != 200 && !result.not_modified) {
        return failure(current, "HTTP " + std::to_string(result.http_status), result.http_status);
      }
      result.moved_to = moved_to;
      return result;
    }
    current = resolve_url(current, result.body);  // get_once leaves Location in body
    if (current.empty() || !is_http_url(current)) {
      return failure(url, "redirect without a usable http(s) Location", result.http_status);
    }
    permanent_so_far = permanent_so_far && is_permanent_redirect(result.http_status);
    if (permanent_so_far) moved_to = current;
  }
  return failure(url, "more than " + std::to_string(limits_.max_redirects) + " redirects");
}

// One GET without following redirects. For a redirect, body holds the Location header.
FetchResult HttpFetcher::get_once(const std::string& url, const FetchConditions& conditions) {
  std::string origin, target;
  if (!split_url(url, origin, target)) return failure(url, "not a valid URL");
  httplib::Client client(origin);
  if (!client.is_valid()) return failure(url, "unsupported URL");
  client.set_follow_location(false);
  client.set_connection_timeout(limits_.connect_timeout_ms / 1000, (limits_.connect_timeout_ms % 1000) * 1000);
  client.set_read_timeout(limits_.read_timeout_ms / 1000, (limits_.read_timeout_ms % 1000) * 1000);

  FetchResult result;
  result.final_url = url;
  bool too_large = false, too_slow = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits_.total_timeout_ms);
  auto on_response = [&](const httplib::Response& response) {
    result.http_status = response.status;
    if (is_redirect(response.status)) result.body = response.get_header_value("Location");
    result.etag = response.get_header_value("ETag");
    result.last_modified = response.get_header_value("Last-Modified");
    std::string length = response.get_header_value("Content-Length");
    too_large = !length.empty() && std::strtoull(length.c_str(), nullptr, 10) > limits_.max_bytes;
    return !too_large;
  };
  auto on_data = [&](const char* data, std::size_t size) {
    if (std::chrono::steady_clock::now() > deadline) return !(too_slow = true);
    if (is_redirect(result.http_status) || result.http_status != 200) return true;  // discard
    if (result.body.size() + size > limits_.max_bytes) return !(too_large = true);
    result.body.append(data, size);
    return true;
  };
  httplib::Headers headers = {{"User-Agent", "podseek-indexer/0.1"}};
  if (!conditions.etag.empty()) headers.emplace("If-None-Match", conditions.etag);
  if (!conditions.last_modified.empty()) headers.emplace("If-Modified-Since", conditions.last_modified);
  httplib::Result response = client.Get(target, headers, on_response, on_data);
  if (too_large) return failure(url, "larger than " + std::to_string(limits_.max_bytes) + " bytes");
  if (too_slow) return failure(url, "took longer than " + std::to_string(limits_.total_timeout_ms) + " ms");
  if (!response) {
    httplib::Error error = response.error();
    std::string what = error == httplib::Error::Read         ? "read failed or timed out"
                       : error == httplib::Error::Connection ? "cannot connect"
                                                             : "request failed";
    return failure(url, what + " (" + httplib::to_string(error) + ")");
  }
  return result;
}

FetchResult SourceFetcher::fetch(const std::string& url_or_path) {
  return is_http_url(url_or_path) ? http_.fetch(url_or_path) : file_.fetch(url_or_path);
}

FetchResult SourceFetcher::fetch_guarded(const std::string& url_or_path, const RequestCheck& check) {
  return is_http_url(url_or_path) ? http_.fetch_guarded(url_or_path, check) : file_.fetch_guarded(url_or_path, check);
}

FetchResult SourceFetcher::fetch_if_changed(const std::string& url_or_path, const FetchConditions& conditions) {
  return is_http_url(url_or_path) ? http_.fetch_if_changed(url_or_path, conditions) : file_.fetch(url_or_path);
}

}  // namespace podseek
