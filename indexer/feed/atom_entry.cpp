// One Atom entry to an Episode (see atom_entry.hpp); what it shares with RSS is in item_fields.cpp.
#include "indexer/feed/atom_entry.hpp"

#include <algorithm>

#include "indexer/feed/atom_text.hpp"
#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/item_enclosure.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

void read_title(const xmlNode* entry, const FeedOptions& options, Episode& episode, std::vector<std::string>& warnings) {
  AtomText title = atom_text(xml::child(entry, xml::atom("title")));
  if (!title.text.empty()) {
    set_title(title.text, title.html ? TitleMarkup::kHtml : TitleMarkup::kPlain, options, episode, warnings);
  } else {
    set_title(xml::text(xml::child(entry, xml::itunes("title"))), TitleMarkup::kRssText, options, episode, warnings);
  }
}

void read_date(const xmlNode* entry, Episode& episode, std::vector<std::string>& warnings) {
  const char* element = "published";
  std::string raw = xml::text(xml::child(entry, xml::atom("published")));
  if (raw.empty()) {
    element = "updated";
    raw = xml::text(xml::child(entry, xml::atom("updated")));
  }
  if (raw.empty()) return;
  FeedDate date = parse_feed_date(raw);
  set_published(raw, date, is_rfc3339(raw), element, "RFC 3339", episode, warnings);
}

void read_notes(const xmlNode* entry, const FeedOptions& options, const std::string& base, Episode& episode,
                std::vector<std::string>& warnings) {
  const xmlNode* content = xml::child(entry, xml::atom("content"));
  // A content with src is elsewhere (RFC 4287 4.1.3.2): the summary speaks for it.
  AtomText notes = xml::attr(content, "src").empty() ? atom_text(content) : AtomText{};
  if (notes.text.empty()) notes = atom_text(xml::child(entry, xml::atom("summary")));
  if (notes.text.empty()) notes = {xml::text(xml::child(entry, xml::itunes("summary"))), true};
  set_description(atom_text_as_html(notes), options, base, episode, warnings);
}

// atom:category label (else term): the entry's own tags, kept with its itunes:keywords.
void add_categories(const xmlNode* entry, Episode& episode) {
  for (const xmlNode* category : xml::children(entry, xml::atom("category"))) {
    std::string name = xml::attr(category, "label");
    if (name.empty()) name = xml::attr(category, "term");
    name = html_to_line(name);
    if (cut_utf8(name, ListingLimits::kMaxTextBytes)) name += "…";
    std::vector<std::string>& keywords = episode.listing.keywords;
    if (name.empty() || keywords.size() >= ListingLimits::kMaxKeywords) continue;
    if (std::find(keywords.begin(), keywords.end(), name) == keywords.end()) keywords.push_back(name);
  }
}

}  // namespace

ItemRead read_entry(const xmlNode* entry, const ChannelContext& channel, Episode& episode,
                    std::vector<std::string>& warnings) {
  const std::string base = atom_base(entry, channel.feed_url);
  read_title(entry, channel.options, episode, warnings);
  episode.url = resolve_url(base, atom_link(entry, "alternate"));
  read_enclosure(entry, base, episode, warnings);
  episode.guid = xml::text(xml::child(entry, xml::atom("id")));
  if (episode.url.empty() && id_is_page(episode.guid, episode)) episode.url = episode.guid;
  if (!identify(episode, "id", warnings)) return ItemRead::kSkipped;
  read_date(entry, episode, warnings);
  read_numbers(entry, episode, warnings);
  read_item_image(entry, channel, episode);
  read_notes(entry, channel.options, episode.url.empty() ? base : episode.url, episode, warnings);
  if (!ensure_title(episode, warnings)) return ItemRead::kSkipped;
  // xml:lang, the entry's own or the feed's: an entry in a language of its own is analysed in it.
  ItemRead read = finish_item(entry, channel, episode, warnings, atom_language(entry));
  add_categories(entry, episode);
  return read;
}

}  // namespace podseek
