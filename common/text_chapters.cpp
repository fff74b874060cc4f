// Chapter lists in text: timestamps found in one loop over the text (no regular expression), titles between them.
#include "common/text_chapters.hpp"

#include <optional>

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
         (ascii::is_space(text[end - 1]) || text[end - 1] == '(' || text[end - 1] == '[')) {
    --end;
  }
  return text.substr(begin, end - begin);
}

// The written forms of a chapter start, by the positions of their colons: "HH:MM:SS", "H:MM:SS" and
// "MM:SS". Minutes have two digits, so "at 5:30" in prose is not read as a chapter mark.
struct Form {
  std::size_t length, colon1, colon2;  // colon2 == 0: no second colon
};
constexpr Form kForms[] = {{8, 2, 5}, {7, 1, 4}, {5, 2, 0}};

// The form is written at `at`, and is not glued to a following digit or colon.
bool written_at(const std::string& text, std::size_t at, const Form& form) {
  if (at + form.length > text.size()) return false;
  for (std::size_t i = 0; i < form.length; ++i) {
    bool colon = i == form.colon1 || (form.colon2 != 0 && i == form.colon2);
    if (colon ? text[at + i] != ':' : !ascii::is_digit(text[at + i])) return false;
  }
  std::size_t after = at + form.length;
  return after == text.size() || (!ascii::is_digit(text[after]) && text[after] != ':');
}

// The longest reading at `at` that starts after `previous` seconds. Longest first, so that a title
// ending in digits keeps them only when the longer reading would break the order.
std::optional<Mark> mark_at(const std::string& text, std::size_t at, int previous) {
  for (const Form& form : kForms) {
    if (!written_at(text, at, form)) continue;
    std::optional<int> seconds = parse_timestamp(text.substr(at, form.length));
    if (seconds && *seconds > previous) return Mark{at, at + form.length, *seconds};
  }
  return std::nullopt;
}

// Timestamps in increasing order; one that does not come after the previous one is title text.
// One pass over the text: each position is tried against the three forms only.
std::vector<Mark> find_marks(const std::string& text) {
  std::vector<Mark> marks;
  for (std::size_t at = 0; at < text.size();) {
    std::optional<Mark> mark = mark_at(text, at, marks.empty() ? -1 : marks.back().seconds);
    if (!mark) {
      ++at;
      continue;
    }
    marks.push_back(*mark);
    at = mark->end;
  }
  return marks;
}

// Where the last title of a run-together list ends: the first lower-case letter glued to an upper-case one.
std::size_t camel_break(const std::string& text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (ascii::is_lower(text[i - 1]) && ascii::is_upper(text[i])) return i;
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
