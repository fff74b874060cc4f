// Marking matches in text (see highlighter.hpp).
#include "search-server/core/highlighter.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "common/ascii_text.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

using Range = std::pair<std::size_t, std::size_t>;

bool word_matches(TextAnalyzer& analyzer, const AnalyzedWord& word, const HighlightTerms& terms) {
  auto matches_form = [&](const std::string& form) {
    if (form.empty()) return false;
    if (terms.words.count(form)) return true;
    for (const auto& stemmer : terms.stemmers) {
      if (!stemmer.empty() && !terms.stems.empty() && terms.stems.count(analyzer.stem(form, stemmer))) return true;
    }
    for (const auto& prefix : terms.prefixes) {
      if (form.compare(0, prefix.size(), prefix) == 0) return true;
    }
    return false;
  };
  if (matches_form(word.joined)) return true;
  if (!word.is_compound()) return false;
  for (const auto& part : word.parts) {
    if (matches_form(part)) return true;
  }
  for (const auto& group : word.groups) {
    if (matches_form(group.text)) return true;
  }
  return false;
}

// Byte ranges of the matching words, in order. Two-word forms ("web transport") mark both.
std::vector<Range> match_ranges(std::string_view text, const HighlightTerms& terms) {
  if (terms.empty()) return {};  // nothing can match: no need to analyse the text
  TextAnalyzer& analyzer = thread_analyzer();
  std::vector<AnalyzedWord> words = analyzer.analyze(text);
  std::vector<bool> marked(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (word_matches(analyzer, words[i], terms)) marked[i] = true;
    if (i + 1 < words.size() && terms.words.count(words[i].joined + " " + words[i + 1].joined)) {
      marked[i] = marked[i + 1] = true;
    }
  }
  std::vector<Range> ranges;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (marked[i]) ranges.emplace_back(words[i].begin, words[i].end);
  }
  return ranges;
}

std::string mark_ranges(std::string_view text, const std::vector<Range>& ranges, std::size_t from,
                        std::size_t to) {
  std::string out;
  std::size_t at = from;
  for (const auto& [begin, end] : ranges) {
    if (begin < from || end > to) continue;
    out += escape_html(text.substr(at, begin - at));
    out += "<mark>" + escape_html(text.substr(begin, end - begin)) + "</mark>";
    at = end;
  }
  out += escape_html(text.substr(at, to - at));
  return out;
}

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

constexpr std::size_t kMaxBoundaryShift = 30;  // how far a cut may move to reach a space

using ascii::is_space;

// Moves a cut back to the start of the word it falls in: just after a nearby space, or to the
// text's start (`floor`) when that is as near. Only when no word start is within reach does the cut
// stay mid-word, moved to a character boundary.
std::size_t back_to_boundary(std::string_view text, std::size_t at, std::size_t floor) {
  if (at <= floor || at >= text.size() || is_space(text[at - 1])) return std::min(std::max(at, floor), text.size());
  if (is_space(text[at])) return at + 1;
  for (std::size_t i = at; i > floor && at - i <= kMaxBoundaryShift; --i) {
    if (is_space(text[i - 1])) return i;
  }
  if (at - floor <= kMaxBoundaryShift) return floor;
  while (at > floor && is_continuation_byte(text[at])) --at;
  return at;
}

std::size_t forward_to_boundary(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  for (std::size_t i = at; i < text.size() && i - at <= kMaxBoundaryShift; ++i) {
    if (is_space(text[i])) return i;
  }
  while (at < text.size() && is_continuation_byte(text[at])) ++at;
  return at;
}

// A window of about max_bytes around the densest matches, escaped and marked.
std::string window_around(std::string_view text, const std::vector<Range>& ranges, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return mark_ranges(text, ranges, 0, text.size());
  // The window start (at a match) that covers the most matches.
  std::size_t best_start = 0, best_count = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    std::size_t count = 0;
    for (std::size_t j = i; j < ranges.size() && ranges[j].second <= ranges[i].first + max_bytes; ++j) ++count;
    if (count > best_count) {
      best_count = count;
      best_start = ranges[i].first;
    }
  }
  // Some context before the first match.
  std::size_t lead = std::min<std::size_t>(best_start, max_bytes / 4);
  std::size_t from = best_count ? back_to_boundary(text, best_start - lead, 0) : 0;
  if (best_count && best_start - lead == 0) from = 0;
  std::size_t to = forward_to_boundary(text, std::min(text.size(), from + max_bytes));
  std::string out = from > 0 ? "… " : "";
  out += mark_ranges(text, ranges, from, to);
  if (to < text.size()) out += " …";
  return out;
}


}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string highlight(std::string_view text, const HighlightTerms& terms) {
  return mark_ranges(text, match_ranges(text, terms), 0, text.size());
}

bool has_match(std::string_view text, const HighlightTerms& terms) { return !match_ranges(text, terms).empty(); }

std::optional<std::string> snippet_of_match(std::string_view text, const HighlightTerms& terms,
                                            std::size_t max_bytes) {
  std::vector<Range> ranges = match_ranges(text, terms);
  if (ranges.empty()) return std::nullopt;
  return window_around(text, ranges, max_bytes);
}

std::optional<std::size_t> first_match_offset(std::string_view text, const HighlightTerms& terms) {
  std::vector<Range> ranges = match_ranges(text, terms);
  if (ranges.empty()) return std::nullopt;
  return ranges.front().first;
}

std::string snippet_at(std::string_view text, const HighlightTerms& terms, std::size_t at, std::size_t max_bytes) {
  std::vector<Range> ranges = match_ranges(text, terms);
  if (text.size() <= max_bytes) return mark_ranges(text, ranges, 0, text.size());
  at = std::min(at, text.size());
  std::size_t lead = std::min<std::size_t>(at, max_bytes / 4);
  std::size_t from = at - lead == 0 ? 0 : back_to_boundary(text, at - lead, 0);
  std::size_t to = forward_to_boundary(text, std::min(text.size(), from + max_bytes));
  std::string out = from > 0 ? "… " : "";
  out += mark_ranges(text, ranges, from, to);
  if (to < text.size()) out += " …";
  return out;
}

std::string snippet(std::string_view text, const HighlightTerms& terms, std::size_t max_bytes) {
  return window_around(text, match_ranges(text, terms), max_bytes);
}

}  // namespace podseek
