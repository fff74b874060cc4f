// Reads the Podcasting 2.0 JSON transcript format (podcast:transcript type="application/json"):
// {"version": "1.0.0", "segments": [{"speaker": "…", "startTime": 0.5, "endTime": 1.2, "body": "…"}]}.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// One cue per JSON segment with a body and a start, in file order (often single words, so a hit
// lands on the word). Entries with a start that is not a time (negative, past kMaxCueHours) are
// skipped with a warning. Throws InputError naming `source` when the text is not JSON with a
// "segments" array.
TranscriptRead parse_transcript_json(const std::string& json, const std::string& source,
                                     const TranscriptLimits& limits = {});

}  // namespace podseek
