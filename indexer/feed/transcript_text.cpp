// Plain-text transcripts with timestamps (see transcript_text.hpp): a loop over lines and words.
#include "indexer/feed/transcript_text.hpp"

#include <optional>

#include "common/ascii_text.hpp"
#include "common/status.hpp"

namespace podseek {
namespace {

// A timestamp word: "00:01:23", "[01:23]", "(1:02:03.5)", "01:23:" — it must hold a colon, so a
// number ("2025") never reads as a time.
std::optional<double> timestamp_word(std::string word) {
  while (!word.empty() && (word.back() == ']' || word.back() == ')' || word.back() == ':' || word.back() == ',')) word.pop_back();
  while (!word.empty() && (word.front() == '[' || word.front() == '(')) word.erase(0, 1);
  if (word.find(':') == std::string::npos) return std::nullopt;
  return parse_cue_time(word);
}

struct TimedLine {
  std::optional<double> time;
  std::string speaker;  // from a heading "Name  0:03" (the time at the end of the line)
  std::string text;     // the words of the line, without its timestamp
};

TimedLine read_line(const std::string& raw) {
  TimedLine line;
  std::string text = ascii::trim(raw);
  std::size_t first_end = text.find(' ');
  if (std::optional<double> time = timestamp_word(text.substr(0, first_end))) {
    line.time = time;
    line.text = first_end == std::string::npos ? "" : ascii::trim(text.substr(first_end));
    if (!line.text.empty() && (line.text[0] == '-' || line.text[0] == '|')) line.text = ascii::trim(line.text.substr(1));
    return line;
  }
  std::size_t last_start = text.rfind(' ');
  if (last_start != std::string::npos) {
    if (std::optional<double> time = timestamp_word(text.substr(last_start + 1))) {
      std::string name = ascii::trim(text.substr(0, last_start));
      while (!name.empty() && (name.back() == ':' || name.back() == '-')) name = ascii::trim(name.substr(0, name.size() - 1));
      line.time = time;
      if (name.size() <= TranscriptLimits::kMaxSpeakerBytes) line.speaker = name;
      return line;
    }
  }
  line.text = text;
  return line;
}

}  // namespace

TranscriptRead parse_text_transcript(const std::string& text, const std::string& source,
                                     const TranscriptLimits& limits) {
  TranscriptRead read;
  std::optional<double> now;
  std::string speaker;
  std::size_t untimed = 0, times = 0;
  for (const std::string& raw : split_lines(text)) {
    TimedLine line = read_line(raw);
    if (line.time) {
      ++times, now = line.time;
      if (line.text.empty()) speaker = line.speaker;  // a heading: its words follow
    }
    if (line.text.empty()) continue;
    if (!now) {
      ++untimed;
      continue;
    }
    TranscriptCue cue{*now, -1, speaker, cue_text_line(line.text)};
    if (take_speaker_prefix(cue.text, cue.speaker)) speaker = cue.speaker;
    if (cue.text.empty()) continue;
    if (read.cues.size() >= limits.max_cues) {
      add_transcript_warning(read, "more than " + std::to_string(limits.max_cues) + " lines; the rest dropped");
      break;
    }
    read.cues.push_back(std::move(cue));
  }
  if (times == 0) throw InputError(source + ": a plain-text transcript without timestamps (no moments to link to)");
  if (untimed > 0) {
    add_transcript_warning(read, std::to_string(untimed) + (untimed == 1 ? " line" : " lines") +
                                     " before the first timestamp; skipped");
  }
  return read;
}

}  // namespace podseek
