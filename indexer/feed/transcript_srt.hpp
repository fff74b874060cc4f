// Reads SubRip transcripts (podcast:transcript type="application/x-subrip" or "application/srt")
// into timed cues, with the speaker from a "Speaker: text" prefix.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// One cue per block with a timing line, in file order, markup removed; a block whose timing does
// not parse is skipped with a warning naming it. Throws InputError naming `source` when the text
// has words but no cue timing at all. Never crashes on any input.
TranscriptRead parse_srt(const std::string& text, const std::string& source, const TranscriptLimits& limits = {});

}  // namespace podseek
