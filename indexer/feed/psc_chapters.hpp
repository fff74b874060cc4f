// Reads Podlove Simple Chapters (namespace http://podlove.org/simple-chapters), the chapters of
// most German-language podcasts: <psc:chapters><psc:chapter start="00:01:00.591" title="…"
// href="…" image="…"/></psc:chapters> inside an RSS item. A loop over the children: no recursion.
// Thread safety: pure functions, safe from any thread.
#pragma once

#include <cstddef>
#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

struct PscLimits {
  static constexpr std::size_t kMaxChapters = 1000;       // more are dropped, with a warning
  static constexpr std::size_t kMaxTitleBytes = 1024;     // longer titles are cut
};

struct PscChaptersRead {
  std::vector<Chapter> chapters;      // in increasing start order, starts strictly increasing
  std::vector<std::string> warnings;  // "psc:chapter 3: start \"soon\" is not a time; skipped"
};

// The chapters of one <psc:chapters> element. start is "HH:MM:SS.mmm", "MM:SS" or plain seconds
// ("75.5"); href and image are resolved against base_url. Chapters without a title or start are
// skipped with a warning.
PscChaptersRead read_psc_chapters(const xmlNode* chapters, const std::string& base_url);

// The same for a document whose root element is <psc:chapters> (for tests and fuzzing).
PscChaptersRead parse_psc_chapters(const std::string& xml, const std::string& base_url);

}  // namespace podseek
