// Reads the Podcasting 2.0 JSON transcript format (podcast:transcript type="application/json"):
// {"version": "1.0.0", "segments": [{"speaker": "…", "startTime": 0.5, "endTime": 1.2, "body": "…"}]}.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// One segment per JSON segment with a body, in file order (often single words: see
// merge_segments). Throws InputError naming `source` when the text is not JSON with a
// "segments" array.
std::vector<TranscriptSegment> parse_transcript_json(const std::string& json, const std::string& source);

}  // namespace podseek
