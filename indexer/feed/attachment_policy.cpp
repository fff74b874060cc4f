// The attachment fetch policy (see attachment_policy.hpp).
#include "indexer/feed/attachment_policy.hpp"

#include <arpa/inet.h>
#include <cstring>
#include <filesystem>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_url.hpp"

namespace podseek {
namespace {

namespace fs = std::filesystem;

AddressClass classify_v4(const unsigned char* a) {
  if (a[0] == 127) return AddressClass::kLoopback;
  bool non_public = a[0] == 0 || a[0] == 10 || (a[0] == 100 && (a[1] & 0xC0) == 64) ||
                    (a[0] == 169 && a[1] == 254) || (a[0] == 172 && (a[1] & 0xF0) == 16) ||
                    (a[0] == 192 && a[1] == 168) || (a[0] == 192 && a[1] == 0 && a[2] == 0) ||
                    (a[0] == 198 && (a[1] & 0xFE) == 18) || a[0] >= 224;
  return non_public ? AddressClass::kPrivate : AddressClass::kPublic;
}

AddressClass classify_v6(const unsigned char* a) {
  static const unsigned char kZero[16] = {0};
  static const unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
  if (std::memcmp(a, kZero, 15) == 0 && a[15] == 1) return AddressClass::kLoopback;
  if (std::memcmp(a, kMapped, 12) == 0 || std::memcmp(a, kZero, 12) == 0) return classify_v4(a + 12);
  bool non_public = a[0] == 0xFF || (a[0] & 0xFE) == 0xFC || (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) ||
                    (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8);
  return non_public ? AddressClass::kPrivate : AddressClass::kPublic;
}

// The classes of every address of `host`: literal, "localhost", or resolved. Empty when unknown.
std::vector<AddressClass> host_classes(const std::string& host, FeedFetcher& fetcher) {
  if (auto literal = classify_address(host)) return {*literal};
  std::string name = ascii::lower(host);
  while (!name.empty() && name.back() == '.') name.pop_back();
  if (name == "localhost" || ascii::ends_with_nocase(name, ".localhost")) return {AddressClass::kLoopback};
  std::vector<AddressClass> classes;
  for (const std::string& address : fetcher.resolve_host(host)) {
    if (auto found = classify_address(address)) classes.push_back(*found);
  }
  return classes;
}

std::string local_path(const std::string& source) {
  if (!ascii::starts_with_nocase(source, "file://")) return source;
  std::string rest = source.substr(7);
  if (ascii::starts_with_nocase(rest, "localhost/")) rest = rest.substr(9);
  char* decoded = xmlURIUnescapeString(rest.c_str(), 0, nullptr);
  if (decoded == nullptr) return rest;
  std::string path(decoded);
  xmlFree(decoded);
  return path;
}

bool inside_folder(const std::string& feed_file, const std::string& file) {
  std::error_code error;
  fs::path folder = fs::weakly_canonical(fs::absolute(local_path(feed_file), error).parent_path(), error);
  fs::path target = fs::weakly_canonical(fs::absolute(local_path(file), error), error);
  if (error) return false;
  auto [end, unused] = std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
  return end == folder.end();
}

std::optional<std::string> refuse_for_local_feed(const std::string& feed, const std::string& url) {
  if (is_http_url(url)) return std::nullopt;
  if (url.find("://") != std::string::npos && !ascii::starts_with_nocase(url, "file://")) {
    return url + " is neither an http(s) URL nor a file; not fetched";
  }
  if (!inside_folder(feed, url)) return url + " is outside the feed's folder; not fetched";
  return std::nullopt;
}

}  // namespace

std::optional<AddressClass> classify_address(const std::string& host) {
  unsigned char bytes[16];
  if (inet_pton(AF_INET, host.c_str(), bytes) == 1) return classify_v4(bytes);
  if (inet_pton(AF_INET6, host.c_str(), bytes) == 1) return classify_v6(bytes);
  return std::nullopt;
}

std::string url_host(const std::string& url) {
  xmlURIPtr uri = xmlParseURI(url.c_str());
  if (uri == nullptr) return "";
  std::string host = uri->server != nullptr ? uri->server : "";
  xmlFreeURI(uri);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return host;
}

std::optional<std::string> refuse_attachment(const std::string& feed_source, const std::string& url,
                                             const AttachmentPolicy& policy, FeedFetcher& fetcher) {
  if (!is_http_url(feed_source)) return refuse_for_local_feed(feed_source, url);
  if (!is_http_url(url)) return url + " is not an http(s) URL; not fetched";
  std::string host = url_host(url);
  if (host.empty()) return url + " has no host; not fetched";
  if (policy.allow_private_addresses) return std::nullopt;
  for (AddressClass feed_class : host_classes(url_host(feed_source), fetcher)) {
    if (feed_class == AddressClass::kLoopback) return std::nullopt;
  }
  for (AddressClass target : host_classes(host, fetcher)) {
    if (target != AddressClass::kPublic) {
      return url + " is a loopback, link-local or private address; not fetched (see --allow-private-addresses)";
    }
  }
  return std::nullopt;
}

}  // namespace podseek
