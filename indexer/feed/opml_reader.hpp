// Reads OPML subscription lists (what podcast apps export and import): every <outline> with an
// xmlUrl, at any nesting, in document order. libxml2 parses; a loop over parent pointers walks the
// tree, with explicit limits on outline count and depth (no recursion on input depth).
// Thread safety: pure function, safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace podseek {

struct OpmlLimits {
  static constexpr std::size_t kMaxOutlines = 10000;  // outlines past this are dropped (a warning)
  static constexpr std::size_t kMaxDepth = 64;        // outlines nested deeper are skipped (a warning)
};

struct OpmlFeed {
  std::string url;    // xmlUrl, resolved against the list's own location
  std::string title;  // title, else text; "" when neither
};

struct OpmlRead {
  std::vector<OpmlFeed> feeds;        // each URL once, in document order
  std::vector<std::string> warnings;  // "outline 7 (\"Name\"): no xmlUrl; skipped", limits reached
};

// Whether the text's root element is <opml> (checked on its first bytes).
bool looks_like_opml(const std::string& head);

// Reads an OPML document read from `source` (relative xmlUrls resolve against it). Throws
// InputError naming `source` when the text is not XML or its root is not <opml> with a <body>.
OpmlRead parse_opml(const std::string& xml, const std::string& source);

}  // namespace podseek
