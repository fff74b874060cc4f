// Reads plain-text transcripts (podcast:transcript type="text/plain") that carry timestamps, as
// Descript, Otter and hand-made transcripts do: "[00:01:23] Speaker: text", "00:01:23 text",
// "(01:23) text", or a heading line "Speaker Name  0:03" / "Speaker (00:03):" above the words.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// One cue per line of text, at the latest timestamp above it (or on it), with the speaker of a
// heading or a "Speaker: text" prefix. Lines before the first timestamp are skipped (one
// warning). Throws InputError naming `source` when no line starts or ends with a timestamp: the
// text alone has no moments to link to.
TranscriptRead parse_text_transcript(const std::string& text, const std::string& source,
                                     const TranscriptLimits& limits = {});

}  // namespace podseek
