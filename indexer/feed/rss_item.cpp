// One RSS item to an Episode: the RSS 2.0 elements; what Atom shares is in item_fields.cpp,
// attachments (chapters, transcripts) in item_attachments.cpp.
#include "indexer/feed/rss_item.hpp"

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/item_enclosure.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

void read_title(const xmlNode* item, const FeedOptions& options, Episode& episode, std::vector<std::string>& warnings) {
  std::string raw = xml::text(xml::child(item, xml::rss("title")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::itunes("title")));
  set_title(raw, TitleMarkup::kRssText, options, episode, warnings);
}

void read_date(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  std::string raw = xml::text(xml::child(item, xml::rss("pubDate")));
  if (raw.empty()) return;  // optional in RSS 2.0: published stays ""
  FeedDate date = parse_feed_date(raw);
  set_published(raw, date, date.rfc822, "pubDate", "RFC 822", episode, warnings);
}

// Whether a guid can be the episode's page: RSS 2.0 makes a guid a permalink unless isPermaLink
// is "false" (and the rules of id_is_page).
bool guid_is_page(const xmlNode* guid, const std::string& text, const Episode& episode) {
  return ascii::lower(xml::attr(guid, "isPermaLink")) != "false" && id_is_page(text, episode);
}

// guid, else the enclosure URL, else the link (with a warning). False when there is none.
// Without a <link>, a guid that is a permalink to a page becomes the episode's url.
bool choose_guid(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  const xmlNode* guid = xml::child(item, xml::rss("guid"));
  episode.guid = xml::text(guid);
  if (episode.url.empty() && guid_is_page(guid, episode.guid, episode)) episode.url = episode.guid;
  return identify(episode, "guid", warnings);
}

void read_description(const xmlNode* item, const FeedOptions& options, Episode& episode,
                      std::vector<std::string>& warnings, const std::string& base) {
  std::string raw = xml::text(xml::child(item, xml::content("encoded")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::rss("description")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::itunes("summary")));
  set_description(std::move(raw), options, base, episode, warnings);
}

}  // namespace

ItemRead read_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings) {
  read_title(item, channel.options, episode, warnings);
  std::string link_base = channel.link.empty() ? channel.feed_url : channel.link;
  episode.url = resolve_url(link_base, xml::text(xml::child(item, xml::rss("link"))));
  read_enclosure(item, channel.feed_url, episode, warnings);
  if (!choose_guid(item, episode, warnings)) return ItemRead::kSkipped;
  read_date(item, episode, warnings);
  read_numbers(item, episode, warnings);
  read_item_image(item, channel, episode);
  read_description(item, channel.options, episode, warnings, episode.url.empty() ? link_base : episode.url);
  if (!ensure_title(episode, warnings)) return ItemRead::kSkipped;
  return finish_item(item, channel, episode, warnings);
}

}  // namespace podseek
