// WebVTT: blocks separated by blank lines; a cue is [id] "start --> end [settings]" then text.
// Loops over lines and characters only: no regex, no recursion.
#include "indexer/feed/transcript_vtt.hpp"

#include "common/ascii_text.hpp"
#include "common/status.hpp"

namespace podseek {
namespace {

// The name of the first voice tag, "<v Roger Bingham>" or "<v.loud Roger>"; "" when there is none
// or the name is longer than kMaxSpeakerBytes.
std::string voice_of(const std::string& raw) {
  for (std::size_t at = raw.find("<v"); at != std::string::npos; at = raw.find("<v", at + 2)) {
    std::size_t i = at + 2;
    if (i >= raw.size() || (raw[i] != '.' && !ascii::is_space(raw[i]))) continue;
    while (i < raw.size() && !ascii::is_space(raw[i]) && raw[i] != '>') ++i;  // the classes
    while (i < raw.size() && ascii::is_space(raw[i])) ++i;
    std::size_t close = raw.find('>', i);
    if (close == std::string::npos || close - i > TranscriptLimits::kMaxSpeakerBytes) return "";
    return ascii::trim(std::string_view(raw).substr(i, close - i));
  }
  return "";
}

// Whether a block of lines [first, end) is a cue: its first or second line is a timing line.
bool read_block(const std::vector<std::string>& lines, std::size_t first, std::size_t end, TranscriptCue& cue,
                std::size_t& text_line) {
  for (std::size_t line = first; line < end && line < first + 2; ++line) {
    if (read_cue_timing(lines[line], cue)) {
      text_line = line + 1;
      return true;
    }
  }
  return false;
}

bool looks_like_timing(const std::vector<std::string>& lines, std::size_t first, std::size_t end) {
  for (std::size_t line = first; line < end && line < first + 2; ++line) {
    if (lines[line].find("-->") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TranscriptRead parse_vtt(const std::string& text, const std::string& source, const TranscriptLimits& limits) {
  std::vector<std::string> lines = split_lines(text);
  std::string first = lines.empty() ? "" : lines[0];
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
  if (first.rfind("WEBVTT", 0) != 0) throw InputError(source + ": not a WebVTT file (no WEBVTT header)");

  TranscriptRead read;
  std::size_t i = 1, block_number = 0;
  while (i < lines.size()) {
    while (i < lines.size() && lines[i].empty()) ++i;
    std::size_t block = i;
    while (i < lines.size() && !lines[i].empty()) ++i;  // [block, i) is one block
    if (block == i) break;
    ++block_number;
    TranscriptCue cue;
    std::size_t text_line = 0;
    if (!read_block(lines, block, i, cue, text_line)) {
      if (looks_like_timing(lines, block, i)) {  // NOTE, STYLE, REGION have no arrow: skipped silently
        add_transcript_warning(read, "block " + std::to_string(block_number) + " (line " + std::to_string(block + 1) +
                                         "): cue timing is not a time; skipped");
      }
      continue;
    }
    std::string raw;
    for (std::size_t line = text_line; line < i; ++line) raw += (raw.empty() ? "" : "\n") + lines[line];
    cue.speaker = voice_of(raw);
    cue.text = cue_text_line(raw);
    if (cue.speaker.empty()) take_speaker_prefix(cue.text, cue.speaker);
    if (cue.text.empty()) continue;
    if (read.cues.size() >= limits.max_cues) {
      add_transcript_warning(read, "more than " + std::to_string(limits.max_cues) + " cues; the rest dropped");
      break;
    }
    read.cues.push_back(std::move(cue));
  }
  return read;
}

}  // namespace podseek
