// Reads the Podcasting 2.0 JSON chapters format (podcast:chapters, type application/json+chapters):
// {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}, …]}.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Chapters in strictly increasing start order (of two with one start, the first is kept), with
// their "url" and "img" resolved against `source`; a startTime may be a number or a numeric
// string ("90", "00:01:30"). Skipped: entries with "toc": false (not for the table of contents),
// entries without a title, and entries without a usable startTime (one warning naming the first,
// appended to `warnings` when given). Throws InputError naming `source` when the text is not
// JSON or has no "chapters" array.
std::vector<Chapter> parse_chapters_json(const std::string& json, const std::string& source,
                                         std::vector<std::string>* warnings = nullptr);

}  // namespace podseek
