// Reads WebVTT transcripts (podcast:transcript type="text/vtt") into timed cues, with the
// speaker from <v Speaker> voice tags or a "Speaker: text" prefix.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// One cue per timed block, in file order, text without markup; NOTE, STYLE and REGION blocks are
// skipped, a block whose timing does not parse is skipped with a warning naming it. Throws
// InputError naming `source` when the text does not start with "WEBVTT". Never crashes on any input.
TranscriptRead parse_vtt(const std::string& text, const std::string& source, const TranscriptLimits& limits = {});

}  // namespace podseek
