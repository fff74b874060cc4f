// Chapters and transcripts of an item: inline psc chapters, and files fetched through the
// FeedFetcher under the attachment policy.
#include "indexer/feed/item_attachments.hpp"

#include <algorithm>
#include <utility>

#include "common/ascii_text.hpp"
#include "common/language_code.hpp"
#include "common/status.hpp"
#include "indexer/feed/attachment_policy.hpp"
#include "indexer/feed/chapters_json.hpp"
#include "indexer/feed/feed_url.hpp"
#include "common/text_chapters.hpp"
#include "indexer/feed/psc_chapters.hpp"
#include "indexer/feed/transcript_cue.hpp"
#include "indexer/feed/transcript_html.hpp"
#include "indexer/feed/transcript_json.hpp"
#include "indexer/feed/transcript_srt.hpp"
#include "indexer/feed/transcript_text.hpp"
#include "indexer/feed/transcript_vtt.hpp"
#include "indexer/feed/xml_doc.hpp"
#include "indexer/feed/xml_encoding.hpp"

namespace podseek {
namespace {

using ascii::ends_with_nocase;
using ascii::lower;

// In order of preference: word timing first, then cue timing, then paragraphs.
enum class TranscriptKind { kJson = 0, kVtt = 1, kSrt = 2, kHtml = 3, kText = 4, kUnsupported = 5 };

TranscriptKind kind_of(const std::string& type, const std::string& url) {
  std::string t = lower(type), path = url.substr(0, url.find_first_of("?#"));
  if (t.find("json") != std::string::npos) return TranscriptKind::kJson;
  if (t.find("vtt") != std::string::npos) return TranscriptKind::kVtt;
  if (t.find("srt") != std::string::npos || t.find("subrip") != std::string::npos) return TranscriptKind::kSrt;
  if (t.find("html") != std::string::npos) return TranscriptKind::kHtml;
  if (t.rfind("text/plain", 0) == 0) return TranscriptKind::kText;
  if (!t.empty()) return TranscriptKind::kUnsupported;
  if (ends_with_nocase(path, ".json")) return TranscriptKind::kJson;
  if (ends_with_nocase(path, ".vtt")) return TranscriptKind::kVtt;
  if (ends_with_nocase(path, ".srt")) return TranscriptKind::kSrt;
  if (ends_with_nocase(path, ".html") || ends_with_nocase(path, ".htm")) return TranscriptKind::kHtml;
  if (ends_with_nocase(path, ".txt")) return TranscriptKind::kText;
  return TranscriptKind::kUnsupported;
}

// Fetches an attachment URL resolved against the feed, if the policy allows; warns on failure.
bool fetch_attachment(const ChannelContext& channel, const std::string& raw_url, const char* what, FetchResult& result,
                      std::vector<std::string>& warnings) {
  std::string url = resolve_url(channel.feed_url, raw_url);
  if (url.empty()) {
    warnings.push_back(std::string(what) + " has no url");
    return false;
  }
  AttachmentPolicy policy{channel.options.allow_private_addresses};
  if (auto refused = refuse_attachment(channel.feed_url, url, policy, *channel.fetcher)) {
    warnings.push_back(std::string(what) + " " + *refused);
    return false;
  }
  // Every redirect hop is held to the same policy as the URL the feed names.
  auto allowed = [&](const std::string& hop) { return refuse_attachment(channel.feed_url, hop, policy, *channel.fetcher); };
  result = channel.fetcher->fetch_guarded(url, allowed);
  if (!result.ok()) {
    warnings.push_back(std::string(what) + " not fetched: " + result.error);
    return false;
  }
  std::string notice;
  result.body = xml::text_as_utf8(std::move(result.body), notice);
  if (!notice.empty()) warnings.push_back(std::string(what) + " " + result.final_url + ": " + notice);
  return true;
}

TranscriptRead parse_transcript(TranscriptKind kind, const std::string& body, const std::string& source,
                                const TranscriptLimits& limits) {
  switch (kind) {
    case TranscriptKind::kJson:
      return parse_transcript_json(body, source, limits);
    case TranscriptKind::kVtt:
      return parse_vtt(body, source, limits);
    case TranscriptKind::kSrt:
      return parse_srt(body, source, limits);
    case TranscriptKind::kHtml:
      return parse_transcript_html(body, source, limits);
    case TranscriptKind::kText:
      return parse_text_transcript(body, source, limits);
    default:
      return {};
  }
}

std::vector<Chapter> fetched_json_chapters(const xmlNode* element, const ChannelContext& channel,
                                           std::vector<std::string>& warnings) {
  std::string type = xml::attr(element, "type"), url = xml::attr(element, "url");
  if (!type.empty() && lower(type).find("json") == std::string::npos) {
    warnings.push_back("podcast:chapters " + url + " has type \"" + type + "\", which podseek does not read");
    return {};
  }
  if (channel.options.offline || !channel.options.fetch_chapters) {
    ++channel.not_fetched;
    return {};
  }
  FetchResult fetched;
  if (!fetch_attachment(channel, url, "podcast:chapters", fetched, warnings)) return {};
  try {
    std::vector<std::string> problems;
    std::vector<Chapter> chapters = parse_chapters_json(fetched.body, fetched.final_url, &problems);
    for (std::string& problem : problems) warnings.push_back("podcast:chapters " + problem);
    return chapters;
  } catch (const InputError& error) {
    warnings.push_back(std::string("podcast:chapters ignored: ") + error.what());
    return {};
  }
}

// Of JSON chapters and psc chapters, the richer list (more chapters; JSON on a tie), with a warning.
std::vector<Chapter> richer(std::vector<Chapter> json, std::vector<Chapter> psc, std::vector<std::string>& warnings) {
  if (json.empty()) return psc;
  if (psc.empty()) return json;
  bool psc_wins = psc.size() > json.size();
  warnings.push_back("has both podcast:chapters (" + std::to_string(json.size()) + " chapters) and psc:chapters (" +
                     std::to_string(psc.size()) + "); the " + (psc_wins ? "psc" : "podcast:chapters") +
                     " ones are kept" + (psc_wins ? " (more chapters)" : " (at least as many chapters)"));
  return psc_wins ? std::move(psc) : std::move(json);
}

}  // namespace

void read_chapters(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings) {
  // A chapter list in the notes leaves the description either way: its titles are indexed as chapters.
  TextChapters in_text = find_text_chapters(episode.description);
  episode.description = without_chapter_list(episode.description, in_text);
  std::vector<Chapter> json, psc;
  if (const xmlNode* element = xml::child(item, xml::podcast("chapters"))) {
    json = fetched_json_chapters(element, channel, warnings);
  }
  if (const xmlNode* element = xml::child(item, xml::psc("chapters"))) {
    PscChaptersRead read = read_psc_chapters(element, channel.feed_url);
    for (std::string& warning : read.warnings) warnings.push_back(std::move(warning));
    psc = std::move(read.chapters);
  }
  episode.chapters = richer(std::move(json), std::move(psc), warnings);
  if (episode.chapters.empty()) episode.chapters = in_text.chapters;
}

void read_transcript(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings) {
  std::vector<xmlNode*> candidates = xml::children(item, xml::podcast("transcript"));
  auto kind = [](const xmlNode* node) { return kind_of(xml::attr(node, "type"), xml::attr(node, "url")); };
  // A transcript in the episode's language first (one translated is a poorer match), then by kind.
  const std::string language = normalize_language_code(episode.listing.language);
  auto foreign = [&](const xmlNode* node) {
    std::string own = normalize_language_code(xml::attr(node, "language"));
    return !language.empty() && !own.empty() && own != language;
  };
  std::stable_sort(candidates.begin(), candidates.end(), [&](const xmlNode* a, const xmlNode* b) {
    return std::make_pair(foreign(a), kind(a)) < std::make_pair(foreign(b), kind(b));
  });
  TranscriptLimits limits;
  limits.max_cues = channel.options.max_transcript_cues;
  for (const xmlNode* candidate : candidates) {
    if (kind(candidate) == TranscriptKind::kUnsupported) {
      warnings.push_back("podcast:transcript " + xml::attr(candidate, "url") + " has type \"" +
                         xml::attr(candidate, "type") + "\", which podseek does not read");
      continue;
    }
    if (!episode.transcript.empty()) continue;  // a better kind was read
    if (channel.options.offline || !channel.options.fetch_transcripts) {
      ++channel.not_fetched;
      continue;
    }
    FetchResult fetched;
    if (!fetch_attachment(channel, xml::attr(candidate, "url"), "podcast:transcript", fetched, warnings)) continue;
    try {
      TranscriptRead read = parse_transcript(kind(candidate), fetched.body, fetched.final_url, limits);
      for (const std::string& problem : read.warnings) warnings.push_back("podcast:transcript " + fetched.final_url + ": " + problem);
      if (read.more_warnings > 0) {
        warnings.push_back("podcast:transcript " + fetched.final_url + ": and " + std::to_string(read.more_warnings) +
                           " more problems");
      }
      PassageLimits passage_limits;
      passage_limits.max_chars = channel.options.max_transcript_chars;
      episode.transcript = join_cues(read.cues, passage_limits);
    } catch (const InputError& error) {
      warnings.push_back(std::string("podcast:transcript ignored: ") + error.what());
    }
  }
}

}  // namespace podseek
