// The fields an RSS item and an Atom entry share (see item_fields.hpp).
#include "indexer/feed/item_fields.hpp"

#include <algorithm>
#include <cctype>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_block.hpp"
#include "indexer/feed/feed_duration.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/item_attachments.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

void add_unique(std::vector<std::string>& names, const std::string& name) {
  if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

}  // namespace

std::string one_line(const std::string& text) {
  std::string line;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space || (!line.empty() && line.back() != ' ')) line += space ? ' ' : c;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

namespace {

bool whole_number(const std::string& text) {
  return !text.empty() && text.size() <= 9 && std::all_of(text.begin(), text.end(), ascii::is_digit);
}

}  // namespace

void set_title(const std::string& raw, TitleMarkup markup, const FeedOptions& options, Episode& episode,
               std::vector<std::string>& warnings) {
  episode.title = markup == TitleMarkup::kPlain ? one_line(raw) : html_to_line(raw);
  if (markup == TitleMarkup::kRssText && raw.find('<') != std::string::npos && episode.title != raw) {
    warnings.push_back("title contains HTML markup; read as text");
  }
  if (cut_utf8(episode.title, options.max_title_bytes)) {
    warnings.push_back("title cut to " + std::to_string(options.max_title_bytes) + " bytes");
  }
}

void set_description(std::string raw, const FeedOptions& options, const std::string& base, Episode& episode,
                     std::vector<std::string>& warnings) {
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

void set_published(const std::string& raw, const FeedDate& date, bool in_standard, const char* element,
                   const char* standard, Episode& episode, std::vector<std::string>& warnings) {
  episode.published = date.iso;
  if (date.iso.empty()) {
    warnings.push_back(std::string(element) + " \"" + raw + "\" is not a date; left empty");
  } else if (!in_standard) {
    warnings.push_back(std::string(element) + " \"" + raw + "\" is not " + standard + "; read as " + date.iso);
  }
}

bool id_is_page(const std::string& id, const Episode& episode) {
  std::string url = ascii::lower(id);
  if (id == episode.enclosure_url) return false;
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  std::string path = url.substr(0, url.find_first_of("?#"));
  for (const char* media : {".mp3", ".m4a", ".mp4", ".m4v", ".aac", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mov"}) {
    if (ascii::ends_with_nocase(path, media)) return false;
  }
  return true;
}

bool identify(Episode& episode, const char* element, std::vector<std::string>& warnings) {
  if (!episode.guid.empty()) return true;
  if (!episode.enclosure_url.empty()) {
    episode.guid = episode.enclosure_url;
    warnings.push_back(std::string("no ") + element + "; identified by its enclosure URL");
  } else if (!episode.url.empty()) {
    episode.guid = episode.url;
    warnings.push_back(std::string("no ") + element + "; identified by its link");
  } else {
    warnings.push_back(std::string("no ") + element + ", enclosure or link to identify it; skipped");
    return false;
  }
  return true;
}

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

void read_numbers(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  std::string number = xml::text(xml::child(item, xml::itunes("episode")));
  if (number.empty()) {
    // podcast:episode may be a decimal ("2.5", spec-allowed): only a whole number becomes the number.
    std::string p20 = xml::text(xml::child(item, xml::podcast("episode")));
    if (whole_number(p20)) episode.number = std::stoi(p20);
  }
  if (!number.empty()) {
    if (whole_number(number))
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

void read_item_image(const xmlNode* item, const ChannelContext& channel, Episode& episode) {
  std::string image = xml::attr(xml::child(item, xml::itunes("image")), "href");
  episode.image_url = image.empty() ? channel.image_url : resolve_url(channel.feed_url, image);
}

ItemRead finish_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings, const std::string& own_language) {
  if (!read_persons(item, episode.hosts, episode.guests)) {
    episode.hosts = channel.hosts;
    episode.guests = channel.guests;
  }
  if (channel.podcast != nullptr) read_item_listing(item, *channel.podcast, episode, warnings);
  if (!own_language.empty()) episode.listing.language = own_language;
  if (item_is_blocked(item)) return ItemRead::kBlocked;  // nothing of it is fetched
  read_chapters(item, channel, episode, warnings);
  read_transcript(item, channel, episode, warnings);
  return ItemRead::kKept;
}

bool read_persons(const xmlNode* parent, std::vector<std::string>& hosts, std::vector<std::string>& guests) {
  std::vector<xmlNode*> persons = xml::children(parent, xml::podcast("person"));
  for (const xmlNode* person : persons) {
    std::string role = ascii::lower(xml::attr(person, "role"));
    std::string name = html_to_line(xml::text(person));
    if (role == "guest")
      add_unique(guests, name);
    else if (role.empty() || role == "host" || role == "co-host")
      add_unique(hosts, name);
  }
  return !persons.empty();
}

}  // namespace podseek
