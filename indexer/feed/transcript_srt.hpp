// Reads SubRip (SRT) transcripts (podcast:transcript type="application/x-subrip" or
// "application/srt") into timed segments, with the speaker from a "Speaker: text" prefix.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// One segment per cue, in file order, text without <i>/<b>/<font> markup. Throws InputError
// naming `source` when no cue can be read from a non-empty text.
std::vector<TranscriptSegment> parse_srt(const std::string& text, const std::string& source);

}  // namespace podseek
