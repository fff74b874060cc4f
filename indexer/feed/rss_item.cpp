// One RSS item to an Episode. Attachments (chapters, transcripts) are in item_attachments.cpp.
#include "indexer/feed/rss_item.hpp"

#include <algorithm>
#include <cctype>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/feed_duration.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/item_attachments.hpp"
#include "indexer/feed/item_enclosure.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

using ascii::lower;


void add_unique(std::vector<std::string>& names, const std::string& name) {
  if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

void read_title(const xmlNode* item, const FeedOptions& options, Episode& episode, std::vector<std::string>& warnings) {
  std::string raw = xml::text(xml::child(item, xml::rss("title")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::itunes("title")));
  episode.title = html_to_line(raw);
  if (raw.find('<') != std::string::npos && episode.title != raw) {
    warnings.push_back("title contains HTML markup; read as text");
  }
  if (cut_utf8(episode.title, options.max_title_bytes)) {
    warnings.push_back("title cut to " + std::to_string(options.max_title_bytes) + " bytes");
  }
}

// Every episode needs a title: without one, the description's first line (up to 100 bytes) is used.
bool ensure_title(Episode& episode, std::vector<std::string>& warnings) {
  if (!episode.title.empty()) return true;
  std::string first_line = episode.description.substr(0, episode.description.find('\n'));
  if (first_line.empty()) {
    warnings.push_back("no title and no description to name it by; skipped");
    return false;
  }
  if (cut_utf8(first_line, 100)) first_line += "…";
  episode.title = first_line;
  warnings.push_back("no title; titled by its description");
  return true;
}

void read_date(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  std::string raw = xml::text(xml::child(item, xml::rss("pubDate")));
  if (raw.empty()) return;  // optional in RSS 2.0: published stays ""
  FeedDate date = parse_feed_date(raw);
  episode.published = date.iso;
  if (date.iso.empty()) {
    warnings.push_back("pubDate \"" + raw + "\" is not a date; left empty");
  } else if (!date.rfc822) {
    warnings.push_back("pubDate \"" + raw + "\" is not RFC 822; read as " + date.iso);
  }
}

void read_numbers(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  std::string number = xml::text(xml::child(item, xml::itunes("episode")));
  if (number.empty()) {
    // podcast:episode may be a decimal ("2.5", spec-allowed): only a whole number becomes the number.
    std::string p20 = xml::text(xml::child(item, xml::podcast("episode")));
    if (!p20.empty() && p20.size() <= 9 && std::all_of(p20.begin(), p20.end(), ::isdigit)) episode.number = std::stoi(p20);
  }
  if (!number.empty()) {
    bool digits = number.size() <= 9 && std::all_of(number.begin(), number.end(), ::isdigit);
    if (digits)
      episode.number = std::stoi(number);
    else
      warnings.push_back("itunes:episode \"" + number + "\" is not a number; ignored");
  }
  std::string duration = xml::text(xml::child(item, xml::itunes("duration")));
  if (duration.empty()) return;
  std::optional<int> seconds = parse_feed_duration(duration);
  if (!seconds) {
    warnings.push_back("itunes:duration \"" + duration.substr(0, 40) + "\" is not seconds, H:MM:SS or PT1H2M3S; ignored");
  } else if (*seconds > 0) {  // hosts write 0 for "not known"
    episode.duration_seconds = *seconds;
  }
}

// Whether a guid can be the episode's page: RSS 2.0 makes a guid a permalink unless isPermaLink
// is "false"; it must be an http(s) URL, and not the media file itself (many guids are).
bool guid_is_page(const xmlNode* guid, const std::string& text, const Episode& episode) {
  std::string url = ascii::lower(text);
  if (ascii::lower(xml::attr(guid, "isPermaLink")) == "false" || text == episode.enclosure_url) return false;
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  std::string path = url.substr(0, url.find_first_of("?#"));
  for (const char* media : {".mp3", ".m4a", ".mp4", ".m4v", ".aac", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mov"}) {
    if (ascii::ends_with_nocase(path, media)) return false;
  }
  return true;
}

// guid, else the enclosure URL, else the link (with a warning). False when there is none.
// Without a <link>, a guid that is a permalink to a page becomes the episode's url.
bool choose_guid(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  const xmlNode* guid = xml::child(item, xml::rss("guid"));
  episode.guid = xml::text(guid);
  if (episode.url.empty() && guid_is_page(guid, episode.guid, episode)) episode.url = episode.guid;
  if (!episode.guid.empty()) return true;
  if (!episode.enclosure_url.empty()) {
    episode.guid = episode.enclosure_url;
    warnings.push_back("no guid; identified by its enclosure URL");
  } else if (!episode.url.empty()) {
    episode.guid = episode.url;
    warnings.push_back("no guid; identified by its link");
  } else {
    warnings.push_back("no guid, enclosure or link to identify it; skipped");
    return false;
  }
  return true;
}

void read_description(const xmlNode* item, const FeedOptions& options, Episode& episode,
                      std::vector<std::string>& warnings, const std::string& base) {
  std::string raw = xml::text(xml::child(item, xml::content("encoded")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::rss("description")));
  if (raw.empty()) raw = xml::text(xml::child(item, xml::itunes("summary")));
  std::size_t raw_size = raw.size();
  cut_utf8(raw, options.max_description_bytes * 8);  // bounds the HTML parser's work
  HtmlText html = html_to_text(raw, base);
  episode.description = std::move(html.text);
  episode.links = std::move(html.links);
  if (cut_utf8(episode.description, options.max_description_bytes)) {
    warnings.push_back("description of " + std::to_string(raw_size) + " bytes cut to " +
                       std::to_string(options.max_description_bytes) + " bytes of text");
  }
}

}  // namespace

bool read_persons(const xmlNode* parent, std::vector<std::string>& hosts, std::vector<std::string>& guests) {
  std::vector<xmlNode*> persons = xml::children(parent, xml::podcast("person"));
  for (const xmlNode* person : persons) {
    std::string role = lower(xml::attr(person, "role"));
    std::string name = html_to_line(xml::text(person));
    if (role == "guest")
      add_unique(guests, name);
    else if (role.empty() || role == "host" || role == "co-host")
      add_unique(hosts, name);
  }
  return !persons.empty();
}

bool read_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
               std::vector<std::string>& warnings) {
  read_title(item, channel.options, episode, warnings);
  std::string link_base = channel.link.empty() ? channel.feed_url : channel.link;
  episode.url = resolve_url(link_base, xml::text(xml::child(item, xml::rss("link"))));
  read_enclosure(item, channel.feed_url, episode, warnings);
  if (!choose_guid(item, episode, warnings)) return false;
  read_date(item, episode, warnings);
  read_numbers(item, episode, warnings);
  std::string image = xml::attr(xml::child(item, xml::itunes("image")), "href");
  episode.image_url = image.empty() ? channel.image_url : resolve_url(channel.feed_url, image);
  read_description(item, channel.options, episode, warnings, episode.url.empty() ? link_base : episode.url);
  if (!ensure_title(episode, warnings)) return false;
  if (!read_persons(item, episode.hosts, episode.guests)) {
    episode.hosts = channel.hosts;
    episode.guests = channel.guests;
  }
  if (channel.podcast != nullptr) read_item_listing(item, *channel.podcast, episode, warnings);
  read_chapters(item, channel, episode, warnings);
  read_transcript(item, channel, episode, warnings);
  return true;
}

}  // namespace podseek
