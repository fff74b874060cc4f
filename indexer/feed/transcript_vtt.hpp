// Reads WebVTT transcripts (podcast:transcript type="text/vtt") into timed segments, with the
// speaker from <v Speaker> voice tags or a "Speaker: text" prefix.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// One segment per cue, in file order, text without markup. NOTE, STYLE and REGION blocks are
// skipped. Throws InputError naming `source` when the text does not start with "WEBVTT".
std::vector<TranscriptSegment> parse_vtt(const std::string& text, const std::string& source);

}  // namespace podseek
