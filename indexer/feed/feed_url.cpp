// URL resolution with libxml2's RFC 3986 implementation (no home-made URL parsing).
#include "indexer/feed/feed_url.hpp"

#include <algorithm>
#include <cctype>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

#include "common/ascii_text.hpp"

namespace podseek {
namespace {

using ascii::starts_with_nocase;
using ascii::trim;

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
