// Fetching feeds and the files they point to (chapters, transcripts): one interface, so the
// parser never touches the network or disk itself and tests can swap in a fake.
// Thread safety: a FeedFetcher is used from one thread at a time; separate instances are independent.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace podseek {

struct FetchResult {
  std::string body;       // the content, when ok()
  std::string final_url;  // where the content came from, after redirects
  std::string error;      // "" on success, else e.g. "https://x/feed.xml: HTTP 404"
  int http_status = 0;    // the last HTTP status seen; 0 for files and connection failures
  // HTTP 304 to a conditional request: ok(), body empty, the document is as it was.
  bool not_modified = false;
  std::string etag;           // the response's ETag, "" when none
  std::string last_modified;  // the response's Last-Modified, "" when none
  // Where the document now lives when the redirects followed began with permanent ones (301,
  // 308): the URL after the last of those. "" when there was no permanent redirect.
  std::string moved_to;

  bool ok() const { return error.empty(); }
};

// Validators from an earlier fetch of the same URL, sent as If-None-Match / If-Modified-Since.
struct FetchConditions {
  std::string etag;
  std::string last_modified;
};

// Asked before every request of a guarded fetch, the first and each redirect hop: why `url` must
// not be requested (the fetch then fails with that reason, naming the URL), or nullopt when it may.
using RequestCheck = std::function<std::optional<std::string>(const std::string& url)>;

class FeedFetcher {
 public:
  virtual ~FeedFetcher() = default;
  // Never throws for a missing, unreachable or oversized source: the error is in the result.
  virtual FetchResult fetch(const std::string& url_or_path) = 0;
  // The addresses (numeric text) that `host` resolves to, for the attachment policy; empty when
  // unknown. The default knows none; HttpFetcher and SourceFetcher ask the system resolver.
  virtual std::vector<std::string> resolve_host(const std::string& host);
  // Fetches unless unchanged since the fetch `conditions` come from: then the result is
  // not_modified. A fetcher that cannot ask (files) simply fetches.
  virtual FetchResult fetch_if_changed(const std::string& url_or_path, const FetchConditions& conditions) {
    (void)conditions;
    return fetch(url_or_path);
  }
  // A fetch whose every request, redirects included, `check` allows first. The default asks
  // before fetching and again for where the content came from (for fetchers that never redirect).
  virtual FetchResult fetch_guarded(const std::string& url_or_path, const RequestCheck& check);
};

// Every address of `host` from getaddrinfo; empty when it does not resolve.
std::vector<std::string> resolve_with_system(const std::string& host);

// Limits of a fetch. Defaults suit feeds and transcripts of a podcast.
struct FetchLimits {
  int connect_timeout_ms = 5000;
  int read_timeout_ms = 15000;   // the longest wait for any one read
  int total_timeout_ms = 60000;  // the longest a whole download may take (a server may drip)
  int max_redirects = 5;
  std::size_t max_bytes = 32u << 20;  // 32 MiB, for any one document
};

// Reads local files ("dir/feed.xml" or "file:///dir/feed.xml"), up to limits.max_bytes.
class FileFetcher : public FeedFetcher {
 public:
  explicit FileFetcher(FetchLimits limits = {}) : limits_(limits) {}
  FetchResult fetch(const std::string& path) override;

 private:
  FetchLimits limits_;
};

// GETs http:// and https:// URLs with cpp-httplib, following up to limits.max_redirects
// redirects (relative Location headers resolved), with connect/read timeouts and a size limit.
// Conditional fetches send If-None-Match / If-Modified-Since; a 304 is not_modified.
class HttpFetcher : public FeedFetcher {
 public:
  explicit HttpFetcher(FetchLimits limits = {}) : limits_(limits) {}
  std::vector<std::string> resolve_host(const std::string& host) override { return resolve_with_system(host); }
  FetchResult fetch(const std::string& url) override { return fetch_if_changed(url, {}); }
  FetchResult fetch_if_changed(const std::string& url, const FetchConditions& conditions) override;
  FetchResult fetch_guarded(const std::string& url, const RequestCheck& check) override;

 private:
  FetchResult follow(const std::string& url, const FetchConditions& conditions, const RequestCheck& check);
  FetchResult get_once(const std::string& url, const FetchConditions& conditions);
  FetchLimits limits_;
};

// Sends http(s) URLs to an HttpFetcher and everything else to a FileFetcher.
class SourceFetcher : public FeedFetcher {
 public:
  explicit SourceFetcher(FetchLimits limits = {}) : http_(limits), file_(limits) {}
  FetchResult fetch(const std::string& url_or_path) override;
  std::vector<std::string> resolve_host(const std::string& host) override { return resolve_with_system(host); }
  FetchResult fetch_if_changed(const std::string& url_or_path, const FetchConditions& conditions) override;
  FetchResult fetch_guarded(const std::string& url_or_path, const RequestCheck& check) override;

 private:
  HttpFetcher http_;
  FileFetcher file_;
};

}  // namespace podseek
