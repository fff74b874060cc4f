// SRT: blocks separated by blank lines; a cue is a number, "00:00:01,000 --> 00:00:04,000", text.
// Loops over lines and characters only: no regex, no recursion.
#include "indexer/feed/transcript_srt.hpp"

#include "common/status.hpp"

namespace podseek {
namespace {

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

TranscriptRead parse_srt(const std::string& text, const std::string& source, const TranscriptLimits& limits) {
  std::vector<std::string> lines = split_lines(text);
  if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);
  TranscriptRead read;
  bool any_cue = false, any_text = false;
  std::size_t i = 0, block_number = 0;
  while (i < lines.size()) {
    while (i < lines.size() && is_blank(lines[i])) ++i;
    std::size_t block = i;
    while (i < lines.size() && !is_blank(lines[i])) ++i;
    if (block == i) break;
    any_text = true;
    ++block_number;
    TranscriptCue cue;
    std::size_t timing = block;
    if (!read_cue_timing(lines[timing], cue)) ++timing;  // the cue number
    if (timing >= i || !read_cue_timing(lines[timing], cue)) {
      bool has_arrow = lines[block].find("-->") != std::string::npos ||
                       (block + 1 < i && lines[block + 1].find("-->") != std::string::npos);
      if (has_arrow) {
        add_transcript_warning(read, "cue " + std::to_string(block_number) + " (line " + std::to_string(block + 1) +
                                         "): timing is not a time; skipped");
      }
      continue;
    }
    any_cue = true;
    std::string raw;
    for (std::size_t line = timing + 1; line < i; ++line) raw += (raw.empty() ? "" : " ") + lines[line];
    cue.text = cue_text_line(raw);
    take_speaker_prefix(cue.text, cue.speaker);
    if (cue.text.empty()) continue;
    if (read.cues.size() >= limits.max_cues) {
      add_transcript_warning(read, "more than " + std::to_string(limits.max_cues) + " cues; the rest dropped");
      break;
    }
    read.cues.push_back(std::move(cue));
  }
  if (any_text && !any_cue && read.warnings.empty()) {
    throw InputError(source + ": not an SRT file (no cue timings)");
  }
  return read;
}

}  // namespace podseek
