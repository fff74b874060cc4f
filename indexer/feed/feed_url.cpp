// URL resolution with libxml2's RFC 3986 implementation (no home-made URL parsing).
#include "indexer/feed/feed_url.hpp"

#include <algorithm>
#include <cctype>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

namespace podseek {
namespace {

std::string trim(const std::string& text) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  auto begin = std::find_if(text.begin(), text.end(), not_space);
  auto end = std::find_if(text.rbegin(), text.rend(), not_space).base();
  return begin < end ? std::string(begin, end) : std::string();
}

bool starts_with_nocase(const std::string& text, const std::string& prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string resolve_url(const std::string& base, const std::string& ref) {
  std::string clean = trim(ref);
  if (clean.empty() || base.empty()) return clean;
  xmlChar* built =
      xmlBuildURI(reinterpret_cast<const xmlChar*>(clean.c_str()), reinterpret_cast<const xmlChar*>(base.c_str()));
  if (built == nullptr) return clean;
  std::string result(reinterpret_cast<const char*>(built));
  xmlFree(built);
  return result;
}

bool is_http_url(const std::string& url) {
  return starts_with_nocase(url, "http://") || starts_with_nocase(url, "https://");
}

}  // namespace podseek
