// Reads the Podcasting 2.0 JSON chapters format (podcast:chapters, type application/json+chapters):
// {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}, …]}.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Chapters in strictly increasing start order (of two with one start, the first is kept);
// entries with "toc": false (not for the table of contents) and entries without a title are
// skipped. Throws InputError naming `source` when the text is not JSON or has no "chapters" array.
std::vector<Chapter> parse_chapters_json(const std::string& json, const std::string& source);

}  // namespace podseek
