// WebVTT: blocks separated by blank lines; a cue is [id] "start --> end [settings]" then text.
#include "indexer/feed/transcript_vtt.hpp"

#include <algorithm>
#include <cmath>
#include <regex>

#include "common/status.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/transcript_cue.hpp"

namespace podseek {
namespace {

// The voice of a cue, "<v Roger Bingham>" or "<v.loud Roger>", and the text with tags removed.
void read_cue_text(const std::string& raw, TranscriptSegment& segment) {
  static const std::regex kVoice(R"(<v(?:\.[^\s>]*)?\s+([^>]*)>)");
  std::smatch match;
  if (std::regex_search(raw, match, kVoice)) segment.speaker = match[1].str();
  segment.text = html_to_text(raw).text;  // cue text is always markup (<v>, <c>, <i>, &amp;)
  std::replace(segment.text.begin(), segment.text.end(), '\n', ' ');
  if (segment.speaker.empty()) take_speaker_prefix(segment.text, segment.speaker);
  while (!segment.speaker.empty() && segment.speaker.back() == ' ') segment.speaker.pop_back();
}

bool read_timing(const std::string& line, double& start) {
  std::size_t arrow = line.find("-->");
  if (arrow == std::string::npos) return false;
  std::optional<double> time = parse_cue_time(line.substr(0, arrow));
  if (!time) return false;
  start = *time;
  return true;
}

}  // namespace

std::vector<TranscriptSegment> parse_vtt(const std::string& text, const std::string& source) {
  std::vector<std::string> lines = split_lines(text);
  std::string first = lines.empty() ? "" : lines[0];
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
  if (first.rfind("WEBVTT", 0) != 0) throw InputError(source + ": not a WebVTT file (no WEBVTT header)");

  std::vector<TranscriptSegment> segments;
  std::size_t i = 1;
  while (i < lines.size()) {
    while (i < lines.size() && lines[i].empty()) ++i;
    std::size_t block = i;
    while (i < lines.size() && !lines[i].empty()) ++i;  // [block, i) is one block
    double start = 0;
    std::size_t timing = block;
    if (timing < i && !read_timing(lines[timing], start)) ++timing;   // an optional cue id first
    if (timing >= i || !read_timing(lines[timing], start)) continue;  // NOTE, STYLE, REGION, junk
    std::string raw;
    for (std::size_t line = timing + 1; line < i; ++line) raw += (raw.empty() ? "" : "\n") + lines[line];
    TranscriptSegment segment{static_cast<int>(std::floor(start)), "", ""};
    read_cue_text(raw, segment);
    if (!segment.text.empty()) segments.push_back(std::move(segment));
  }
  return segments;
}

}  // namespace podseek
