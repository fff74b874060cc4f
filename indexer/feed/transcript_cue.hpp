// Pieces shared by the transcript readers (WebVTT, SRT, Podcasting 2.0 JSON): cue times,
// "Speaker: text" prefixes, and merging short cues into segments worth indexing.
// Thread safety: pure functions, safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// "00:01:02.500" (VTT), "00:01:02,500" (SRT), "01:02.500" -> seconds; nullopt otherwise.
std::optional<double> parse_cue_time(const std::string& text);

// Splits a leading "Speaker Name: " (1 to 4 words, starting with a capital, at most 40 bytes)
// off `text` into `speaker`. Returns whether it found one; `text` then holds the rest.
bool take_speaker_prefix(std::string& text, std::string& speaker);

// Lines of `text` with "\r\n" and "\r" read as "\n".
std::vector<std::string> split_lines(const std::string& text);

// Joins consecutive segments of the same speaker until a segment would pass max_chars, so that
// word- or line-sized cues become searchable passages that start at their first cue.
std::vector<TranscriptSegment> merge_segments(const std::vector<TranscriptSegment>& segments,
                                              std::size_t max_chars = 400);

}  // namespace podseek
