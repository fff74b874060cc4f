// URL helpers for feeds: resolving relative references (RFC 3986, via libxml2) and telling
// web URLs from local paths. Thread safety: pure functions, safe from any thread.
#pragma once

#include <string>

namespace podseek {

// Resolves `ref` against `base` (a URL or a file path): "chapters.json" against
// "https://x/feed.xml" is "https://x/chapters.json"; against "dir/feed.xml", "dir/chapters.json".
// An absolute `ref` is returned as it is; "" stays "". Leading and trailing spaces are trimmed.
std::string resolve_url(const std::string& base, const std::string& ref);

// True for "http://…" and "https://…" (scheme compared case-insensitively).
bool is_http_url(const std::string& url);

}  // namespace podseek
