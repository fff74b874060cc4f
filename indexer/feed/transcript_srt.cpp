// SRT: blocks separated by blank lines; a cue is a number, "00:00:01,000 --> 00:00:04,000", text.
#include "indexer/feed/transcript_srt.hpp"

#include <cmath>

#include "common/status.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/transcript_cue.hpp"

namespace podseek {
namespace {

std::optional<double> timing_start(const std::string& line) {
  std::size_t arrow = line.find("-->");
  if (arrow == std::string::npos) return std::nullopt;
  return parse_cue_time(line.substr(0, arrow));
}

}  // namespace

std::vector<TranscriptSegment> parse_srt(const std::string& text, const std::string& source) {
  std::vector<std::string> lines = split_lines(text);
  if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);
  std::vector<TranscriptSegment> segments;
  bool any_cue = false, any_text = false;
  std::size_t i = 0;
  while (i < lines.size()) {
    while (i < lines.size() && lines[i].find_first_not_of(" \t") == std::string::npos) ++i;
    std::size_t block = i;
    while (i < lines.size() && lines[i].find_first_not_of(" \t") != std::string::npos) ++i;
    if (block < i) any_text = true;
    std::size_t timing = block;
    if (timing < i && !timing_start(lines[timing])) ++timing;  // the cue number
    std::optional<double> start = timing < i ? timing_start(lines[timing]) : std::nullopt;
    if (!start) continue;
    any_cue = true;
    std::string raw;
    for (std::size_t line = timing + 1; line < i; ++line) raw += (raw.empty() ? "" : " ") + lines[line];
    TranscriptSegment segment{static_cast<int>(std::floor(*start)), "", html_to_line(raw)};
    take_speaker_prefix(segment.text, segment.speaker);
    if (!segment.text.empty()) segments.push_back(std::move(segment));
  }
  if (any_text && !any_cue) throw InputError(source + ": not an SRT file (no cue timings)");
  return segments;
}

}  // namespace podseek
