// Transcript helpers shared by the VTT, SRT and JSON readers.
#include "indexer/feed/transcript_cue.hpp"

#include <cctype>
#include <regex>

namespace podseek {

std::optional<double> parse_cue_time(const std::string& text) {
  static const std::regex kTime(R"(\s*(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*)");
  std::smatch match;
  if (!std::regex_match(text, match, kTime)) return std::nullopt;
  int hours = match[1].matched ? std::stoi(match[1].str()) : 0;
  int minutes = std::stoi(match[2].str()), seconds = std::stoi(match[3].str());
  if (minutes > 59 || seconds > 59) return std::nullopt;
  double fraction = match[4].matched ? std::stod("0." + match[4].str()) : 0.0;
  return hours * 3600.0 + minutes * 60.0 + seconds + fraction;
}

bool take_speaker_prefix(std::string& text, std::string& speaker) {
  std::size_t colon = text.find(": ");
  if (colon == std::string::npos || colon == 0 || colon > 40) return false;
  std::string name = text.substr(0, colon);
  if (!std::isupper(static_cast<unsigned char>(name[0]))) return false;
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

std::vector<TranscriptSegment> merge_segments(const std::vector<TranscriptSegment>& segments, std::size_t max_chars) {
  std::vector<TranscriptSegment> merged;
  for (const TranscriptSegment& segment : segments) {
    if (segment.text.empty()) continue;
    bool joins = !merged.empty() && merged.back().speaker == segment.speaker &&
                 merged.back().text.size() + 1 + segment.text.size() <= max_chars;
    if (joins) {
      merged.back().text += " " + segment.text;
    } else {
      merged.push_back(segment);
    }
  }
  return merged;
}

}  // namespace podseek
