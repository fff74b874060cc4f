// Transcript helpers shared by the VTT, SRT, HTML and JSON readers.
#include "indexer/feed/transcript_cue.hpp"

#include <cmath>

#include "common/ascii_text.hpp"
#include "indexer/feed/html_text.hpp"

namespace podseek {
namespace {

using ascii::is_digit;

// Reads up to max_digits digits at text[at...] into value; false when there are none or more.
bool read_number(std::string_view text, std::size_t& at, std::size_t max_digits, long& value, std::size_t& digits) {
  value = 0;
  digits = 0;
  while (at < text.size() && is_digit(text[at])) {
    if (++digits > max_digits) return false;
    value = value * 10 + (text[at] - '0');
    ++at;
  }
  return digits > 0;
}

}  // namespace

std::optional<double> parse_cue_time(std::string_view text) {
  text = ascii::trim_view(text);
  long fields[3] = {0, 0, 0};
  std::size_t widths[3] = {0, 0, 0};
  std::size_t count = 0, at = 0;
  while (true) {
    if (count == 3 || !read_number(text, at, 6, fields[count], widths[count])) return std::nullopt;
    ++count;
    if (at < text.size() && text[at] == ':') {
      ++at;
      continue;
    }
    break;
  }
  if (count < 2) return std::nullopt;
  double fraction = 0, scale = 0.1;
  if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
    std::size_t first = ++at;
    for (; at < text.size() && is_digit(text[at]) && at - first < 9; ++at, scale /= 10) fraction += (text[at] - '0') * scale;
    if (at == first) return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  long hours = count == 3 ? fields[0] : 0, minutes = fields[count - 2], seconds = fields[count - 1];
  if (widths[count - 1] != 2 || widths[count - 2] > 2 || minutes > 59 || seconds > 59) return std::nullopt;
  if (hours > TranscriptLimits::kMaxCueHours) return std::nullopt;
  return static_cast<double>(hours) * 3600.0 + static_cast<double>(minutes * 60 + seconds) + fraction;
}

std::string cue_text_line(const std::string& markup) {
  std::string plain = markup.find_first_of("<&") == std::string::npos ? markup : html_to_text(markup).text;
  std::string out;
  out.reserve(plain.size());
  for (char c : plain) {
    if (!ascii::is_space(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool read_cue_timing(std::string_view line, TranscriptCue& cue) {
  std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return false;
  std::optional<double> start = parse_cue_time(line.substr(0, arrow));
  if (!start) return false;
  cue.start = *start;
  std::string_view rest = ascii::trim_view(line.substr(arrow + 3));
  std::size_t space = rest.find_first_of(" \t");
  std::optional<double> end = parse_cue_time(rest.substr(0, space));
  cue.end = end && *end >= *start ? *end : -1;
  return true;
}

bool take_speaker_prefix(std::string& text, std::string& speaker) {
  std::size_t colon = text.find(": ");
  if (colon == std::string::npos || colon == 0 || colon > 40) return false;
  std::string name = text.substr(0, colon);
  if (!ascii::is_upper(name[0]) && static_cast<unsigned char>(name[0]) < 0x80) return false;
  int words = 1;
  for (unsigned char c : name) {
    if (c == ' ') ++words;
    if (c == '.' || c == ',' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"') return false;
  }
  if (words > 4) return false;
  speaker = name;
  text.erase(0, colon + 2);
  return true;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      lines.push_back(current);
      current.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

void add_transcript_warning(TranscriptRead& read, std::string warning) {
  if (read.warnings.size() < TranscriptLimits::kMaxWarnings) {
    read.warnings.push_back(std::move(warning));
  } else {
    ++read.more_warnings;
  }
}

std::vector<TranscriptSegment> join_cues(const std::vector<TranscriptCue>& cues, const PassageLimits& limits) {
  std::vector<TranscriptSegment> passages;
  const TranscriptCue* previous = nullptr;
  for (const TranscriptCue& cue : cues) {
    if (cue.text.empty() || !(cue.start >= 0)) continue;
    int start = static_cast<int>(std::floor(cue.start));
    bool joins = previous != nullptr && !passages.empty() && previous->speaker == cue.speaker &&
                 passages.back().text.size() + 1 + cue.text.size() <= limits.max_chars;
    if (joins) {
      double gap = previous->end >= 0 ? cue.start - previous->end : cue.start - previous->start;
      double max_gap = previous->end >= 0 ? PassageLimits::kMaxSilenceSeconds : PassageLimits::kMaxStartGapSeconds;
      joins = gap <= max_gap && cue.start >= previous->start;
    }
    if (joins) {
      TranscriptSegment& passage = passages.back();
      passage.text += ' ';
      passage.cues.push_back({passage.text.size(), start});
      passage.text += cue.text;
    } else {
      passages.push_back({start, cue.speaker, cue.text, {{0, start}}});
    }
    previous = &cue;
  }
  return passages;
}

}  // namespace podseek
