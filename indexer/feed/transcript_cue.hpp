// Pieces shared by the transcript readers (WebVTT, SRT, HTML, Podcasting 2.0 JSON): what a reader
// returns (timed cues and the problems it survived), cue times, "Speaker: text" prefixes, and
// joining cues into passages worth indexing that still know where each cue starts.
// Every reader is a pure function of (text, limits) -> TranscriptRead, so a fuzz target is short.
// Thread safety: pure functions, safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Limits of every transcript reader.
struct TranscriptLimits {
  static constexpr int kMaxCueHours = 9999;              // a cue time past this is refused, not wrapped
  static constexpr std::size_t kMaxSpeakerBytes = 100;   // a longer <v name> or <cite> is no speaker
  static constexpr std::size_t kMaxWarnings = 20;        // then one "and N more" line
  std::size_t max_cues = 200000;                         // cues past this are dropped (a warning)
};

// One cue as the file gives it: a subtitle line, an HTML paragraph, or a word of a JSON transcript.
struct TranscriptCue {
  double start = 0;      // seconds
  double end = -1;       // seconds; < 0 when the file gives no end
  std::string speaker;   // "" when unknown
  std::string text;      // plain text, one line
};

// What a reader gives: the cues in file order, and each problem it survived ("cue 12: …").
struct TranscriptRead {
  std::vector<TranscriptCue> cues;
  std::vector<std::string> warnings;  // at most TranscriptLimits::kMaxWarnings
  std::size_t more_warnings = 0;      // problems past that limit, counted only
};

// "00:01:02.500" (VTT), "00:01:02,500" (SRT), "01:02.500", "1:02:03" -> seconds, spaces around
// allowed; nullopt for anything else, including hours past TranscriptLimits::kMaxCueHours.
// A loop over the characters: no regex, no number conversion that can overflow.
std::optional<double> parse_cue_time(std::string_view text);

// Splits a leading "Speaker Name: " (1 to 4 words, starting with a capital, at most 40 bytes)
// off `text` into `speaker`. Returns whether it found one; `text` then holds the rest.
bool take_speaker_prefix(std::string& text, std::string& speaker);

// Cue text (markup such as <v>, <c>, <i>, &amp; allowed) as one line of plain text: libxml2's
// HTML parser, then runs of whitespace folded to one space.
std::string cue_text_line(const std::string& markup);

// Reads "START --> END [settings]" into cue.start and cue.end (end stays -1 when it does not parse).
// False when the line has no "-->" or its start is not a time.
bool read_cue_timing(std::string_view line, TranscriptCue& cue);

// Lines of `text` with "\r\n" and "\r" read as "\n".
std::vector<std::string> split_lines(const std::string& text);

// Adds a warning unless kMaxWarnings are already there (then counts it in a last summary line).
void add_transcript_warning(TranscriptRead& read, std::string warning);

// How cues become passages.
struct PassageLimits {
  static constexpr double kMaxSilenceSeconds = 2.0;   // a longer pause ends a passage
  static constexpr double kMaxStartGapSeconds = 10.0; // when cues have no end: the longest start-to-start gap
  std::size_t max_chars = 400;                        // a passage ends before it would pass this
};

// Joins consecutive cues of one speaker, with no silence between them, into passages of at most
// limits.max_chars. Each passage starts at its first cue and records where every cue of it starts
// (TranscriptSegment::cues), so a hit can land on the cue that holds the matching word.
std::vector<TranscriptSegment> join_cues(const std::vector<TranscriptCue>& cues, const PassageLimits& limits = {});

}  // namespace podseek
