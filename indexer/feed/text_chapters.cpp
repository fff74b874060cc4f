// Chapter lists in description text, found by a scan for timestamps (no regular expression).
#include "indexer/feed/text_chapters.hpp"

#include <cctype>

#include "common/ascii_text.hpp"

namespace podseek {
namespace {

using ascii::lower;

struct Mark {
  std::size_t begin, end;  // the timestamp's bytes
  int seconds;
};

bool is_separator_at(const std::string& text, std::size_t at, std::size_t& length) {
  static const char* const kSeparators[] = {"\xE2\x80\x93", "\xE2\x80\x94", " ", "-", ":", "|", ")", "]", ".", "\t"};
  for (const char* separator : kSeparators) {
    std::string s(separator);
    if (text.compare(at, s.size(), s) == 0) return (length = s.size()), true;
  }
  return false;
}

std::string clean_title(const std::string& text) {
  std::size_t begin = 0, length = 0;
  while (begin < text.size() && is_separator_at(text, begin, length)) begin += length;
  std::size_t end = text.size();
  while (end > begin &&
         (std::isspace(static_cast<unsigned char>(text[end - 1])) || text[end - 1] == '(' || text[end - 1] == '[')) {
    --end;
  }
  return text.substr(begin, end - begin);
}

bool is_digit_at(const std::string& text, std::size_t at) {
  return at < text.size() && ascii::is_digit(text[at]);
}

// "DD:DD" at text[at].
bool minutes_seconds_at(const std::string& text, std::size_t at) {
  return is_digit_at(text, at) && is_digit_at(text, at + 1) && at + 2 < text.size() && text[at + 2] == ':' &&
         is_digit_at(text, at + 3) && is_digit_at(text, at + 4);
}

// The length of the timestamp "H:MM:SS", "HH:MM:SS" or "MM:SS" starting at text[at] (the longest
// first), 0 when none starts there.
std::size_t timestamp_length_at(const std::string& text, std::size_t at) {
  for (std::size_t hours = 2; hours >= 1; --hours) {
    bool hour_digits = is_digit_at(text, at) && (hours == 1 || is_digit_at(text, at + 1));
    if (hour_digits && at + hours < text.size() && text[at + hours] == ':' &&
        minutes_seconds_at(text, at + hours + 1)) {
      return hours + 6;
    }
  }
  return minutes_seconds_at(text, at) ? 5 : 0;
}

// Timestamps in increasing order, left to right without overlaps; a timestamp glued to a following
// digit is not one.
std::vector<Mark> find_marks(const std::string& text) {
  std::vector<Mark> marks;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t length = timestamp_length_at(text, begin);
    if (length == 0) {
      ++begin;
      continue;
    }
    std::size_t end = begin + length;
    std::optional<int> seconds = is_digit_at(text, end) ? std::nullopt : parse_timestamp(text.substr(begin, length));
    if (seconds && (marks.empty() || *seconds > marks.back().seconds)) marks.push_back({begin, end, *seconds});
    begin = end;
  }
  return marks;
}

// Where the last title of a run-together list ends: the first lower-case letter glued to an upper-case one.
std::size_t camel_break(const std::string& text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (std::islower(static_cast<unsigned char>(text[i - 1])) && std::isupper(static_cast<unsigned char>(text[i]))) {
      return i;
    }
  }
  return text.size();
}


}  // namespace

TextChapters find_text_chapters(const std::string& text) {
  std::vector<Mark> marks = find_marks(text);
  if (marks.size() < 2) return {};
  TextChapters found;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    std::size_t stop = std::min(i + 1 < marks.size() ? marks[i + 1].begin : text.size(), text.find('\n', marks[i].end));
    std::string title = text.substr(marks[i].end, stop - marks[i].end);
    bool last_run_together = i + 1 == marks.size() && i > 0 && text.find('\n', marks[i - 1].end) > marks[i].begin;
    if (last_run_together) title = title.substr(0, camel_break(title));
    found.end = marks[i].end + title.size();
    title = clean_title(title);
    if (!title.empty()) found.chapters.push_back({title, marks[i].seconds});
  }
  if (found.chapters.size() < 2) return {};
  found.begin = marks[0].begin;
  while (found.begin > 0 && (text[found.begin - 1] == '(' || text[found.begin - 1] == '[')) --found.begin;
  return found;
}

std::vector<Chapter> chapters_from_text(const std::string& text) { return find_text_chapters(text).chapters; }

std::string without_chapter_list(const std::string& text, const TextChapters& found) {
  if (found.chapters.empty()) return text;
  std::string before = text.substr(0, found.begin), after = text.substr(found.end);
  auto rtrim = [](std::string& s) { s.erase(s.find_last_not_of(" \t\r\n") + 1); };
  rtrim(before);
  for (const char* heading : {"chapters:", "chapters", "timestamps:", "timestamps", "chapter markers:"}) {
    std::string h(heading);
    if (before.size() >= h.size() && lower(before.substr(before.size() - h.size())) == h) {
      before.erase(before.size() - h.size());
      rtrim(before);
      break;
    }
  }
  bool own_lines = after.find_first_not_of(" \t") != std::string::npos && after[after.find_first_not_of(" \t")] == '\n';
  std::size_t text_start = after.find_first_not_of(" \t\r\n");
  after.erase(0, text_start == std::string::npos ? after.size() : text_start);
  if (before.empty() || after.empty()) return before + after;
  return before + (own_lines ? "\n" : "") + after;
}

}  // namespace podseek
