// Podlove Simple Chapters with libxml2 (see psc_chapters.hpp).
#include "indexer/feed/psc_chapters.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/rss_item.hpp"
#include "indexer/feed/transcript_cue.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

// Normal play time as Podlove writes it: a clock time, or plain seconds with a fraction.
std::optional<double> psc_time(const std::string& text) {
  if (std::optional<double> clock = parse_cue_time(text)) return clock;
  std::string_view t = ascii::trim_view(text);
  double seconds = 0, scale = 0.1;
  std::size_t at = 0, digits = 0;
  for (; at < t.size() && ascii::is_digit(t[at]) && digits < 8; ++at, ++digits) seconds = seconds * 10 + (t[at] - '0');
  if (digits == 0) return std::nullopt;
  if (at < t.size() && t[at] == '.') {
    for (++at; at < t.size() && ascii::is_digit(t[at]); ++at, scale /= 10) seconds += (t[at] - '0') * scale;
  }
  if (at != t.size()) return std::nullopt;
  return seconds;
}

std::string label(std::size_t index) { return "psc:chapter " + std::to_string(index) + ": "; }

}  // namespace

PscChaptersRead read_psc_chapters(const xmlNode* chapters, const std::string& base_url) {
  PscChaptersRead read;
  std::size_t index = 0;
  for (const xmlNode* node : xml::children(chapters, xml::psc("chapter"))) {
    if (++index > PscLimits::kMaxChapters) {
      read.warnings.push_back("more than " + std::to_string(PscLimits::kMaxChapters) + " psc:chapter; the rest dropped");
      break;
    }
    std::string start = xml::attr(node, "start");
    std::optional<double> seconds = psc_time(start);
    Chapter chapter{html_to_line(xml::attr(node, "title")), 0, resolve_url(base_url, xml::attr(node, "href")),
                    resolve_url(base_url, xml::attr(node, "image"))};
    if (!seconds) {
      read.warnings.push_back(label(index) + "start \"" + start.substr(0, 40) + "\" is not a time; skipped");
      continue;
    }
    if (chapter.title.empty()) {
      read.warnings.push_back(label(index) + "no title; skipped");
      continue;
    }
    cut_utf8(chapter.title, PscLimits::kMaxTitleBytes);
    chapter.start_seconds = static_cast<int>(std::floor(*seconds));
    read.chapters.push_back(std::move(chapter));
  }
  std::stable_sort(read.chapters.begin(), read.chapters.end(),
                   [](const Chapter& a, const Chapter& b) { return a.start_seconds < b.start_seconds; });
  auto same_start = [](const Chapter& a, const Chapter& b) { return a.start_seconds == b.start_seconds; };
  read.chapters.erase(std::unique(read.chapters.begin(), read.chapters.end(), same_start), read.chapters.end());
  return read;
}

PscChaptersRead parse_psc_chapters(const std::string& xml, const std::string& base_url) {
  xml::ParsedXml parsed = xml::read_xml(xml);
  const xmlNode* root = parsed.doc ? xmlDocGetRootElement(parsed.doc.get()) : nullptr;
  if (root == nullptr || !xml::is(root, xml::psc("chapters"))) {
    return {{}, {"not a <psc:chapters> document"}};
  }
  return read_psc_chapters(root, base_url);
}

}  // namespace podseek
