// Chapters and transcripts of an item, fetched through the FeedFetcher.
#include "indexer/feed/item_attachments.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

#include "common/ascii_text.hpp"
#include "common/status.hpp"
#include "indexer/feed/chapters_json.hpp"
#include "indexer/feed/feed_url.hpp"
#include "common/text_chapters.hpp"
#include "indexer/feed/transcript_cue.hpp"
#include "indexer/feed/transcript_json.hpp"
#include "indexer/feed/transcript_srt.hpp"
#include "indexer/feed/transcript_vtt.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

using ascii::lower;

enum class TranscriptKind { kJson = 0, kVtt = 1, kSrt = 2, kUnsupported = 3 };


bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

TranscriptKind kind_of(const std::string& type, const std::string& url) {
  std::string t = lower(type), path = lower(url.substr(0, url.find_first_of("?#")));
  if (t.find("json") != std::string::npos) return TranscriptKind::kJson;
  if (t.find("vtt") != std::string::npos) return TranscriptKind::kVtt;
  if (t.find("srt") != std::string::npos || t.find("subrip") != std::string::npos) return TranscriptKind::kSrt;
  if (!t.empty()) return TranscriptKind::kUnsupported;
  if (ends_with(path, ".json")) return TranscriptKind::kJson;
  if (ends_with(path, ".vtt")) return TranscriptKind::kVtt;
  if (ends_with(path, ".srt")) return TranscriptKind::kSrt;
  return TranscriptKind::kUnsupported;
}

// Fetches an attachment URL resolved against the feed. A remote feed may not make us read local
// files: for it, only http(s) URLs are fetched. Returns "" and warns on failure.
bool fetch_attachment(const ChannelContext& channel, const std::string& raw_url, const char* what, FetchResult& result,
                      std::vector<std::string>& warnings) {
  std::string url = resolve_url(channel.feed_url, raw_url);
  if (url.empty()) {
    warnings.push_back(std::string(what) + " has no url");
    return false;
  }
  if (is_http_url(channel.feed_url) && !is_http_url(url)) {
    warnings.push_back(std::string(what) + " " + url + " is not an http(s) URL; not fetched");
    return false;
  }
  result = channel.fetcher->fetch(url);
  if (!result.ok()) warnings.push_back(std::string(what) + " not fetched: " + result.error);
  return result.ok();
}

std::vector<TranscriptSegment> parse_transcript(TranscriptKind kind, const std::string& body,
                                                const std::string& source) {
  switch (kind) {
    case TranscriptKind::kJson:
      return parse_transcript_json(body, source);
    case TranscriptKind::kVtt:
      return parse_vtt(body, source);
    case TranscriptKind::kSrt:
      return parse_srt(body, source);
    default:
      return {};
  }
}

}  // namespace

void read_chapters(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings) {
  // A chapter list in the notes leaves the description either way: its titles are indexed as chapters.
  TextChapters in_text = find_text_chapters(episode.description);
  episode.description = without_chapter_list(episode.description, in_text);
  episode.chapters = in_text.chapters;
  const xmlNode* chapters = xml::child(item, xml::podcast("chapters"));
  FetchResult fetched;
  if (chapters != nullptr && channel.options.fetch_chapters &&
      fetch_attachment(channel, xml::attr(chapters, "url"), "podcast:chapters", fetched, warnings)) {
    try {
      episode.chapters = parse_chapters_json(fetched.body, fetched.final_url);
    } catch (const InputError& error) {
      warnings.push_back(std::string("podcast:chapters ignored: ") + error.what());
    }
  }
}

void read_transcript(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings) {
  if (!channel.options.fetch_transcripts) return;
  std::vector<xmlNode*> candidates = xml::children(item, xml::podcast("transcript"));
  auto kind = [](const xmlNode* node) { return kind_of(xml::attr(node, "type"), xml::attr(node, "url")); };
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const xmlNode* a, const xmlNode* b) { return kind(a) < kind(b); });
  for (const xmlNode* candidate : candidates) {
    if (kind(candidate) == TranscriptKind::kUnsupported) continue;
    FetchResult fetched;
    if (!fetch_attachment(channel, xml::attr(candidate, "url"), "podcast:transcript", fetched, warnings)) continue;
    try {
      auto segments = parse_transcript(kind(candidate), fetched.body, fetched.final_url);
      episode.transcript = merge_segments(segments, channel.options.max_transcript_chars);
      return;
    } catch (const InputError& error) {
      warnings.push_back(std::string("podcast:transcript ignored: ") + error.what());
    }
  }
}

}  // namespace podseek
