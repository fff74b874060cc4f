// The media file of an RSS item (see item_enclosure.hpp).
#include "indexer/feed/item_enclosure.hpp"

#include <algorithm>
#include <optional>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

bool is_media_type(const std::string& type) {
  std::string t = ascii::lower(type);
  return t.rfind("audio/", 0) == 0 || t.rfind("video/", 0) == 0;
}

// Feeds often write length="0" or leave it out: a length that is not a positive whole number of
// at most 15 digits is not known.
// (Media RSS calls the length fileSize.)
void read_type_and_length(const xmlNode* element, Episode& episode, const char* length_attribute) {
  episode.enclosure_type = ascii::lower(xml::attr(element, "type"));
  const std::string length = xml::attr(element, length_attribute);
  if (length.empty() || length.size() > 15 || !std::all_of(length.begin(), length.end(), ascii::is_digit)) return;
  const long long bytes = std::stoll(length);
  if (bytes > 0) episode.enclosure_length = bytes;
}

// An enclosure and the attribute holding its URL: RSS <enclosure url>, Atom <link rel="enclosure" href>.
struct Candidate {
  const xmlNode* node;
  const char* url_attribute;
  std::string url() const { return xml::attr(node, url_attribute); }
};

std::vector<Candidate> enclosures_of(const xmlNode* item) {
  std::vector<Candidate> found;
  for (const xmlNode* node : xml::children(item, xml::rss("enclosure"))) found.push_back({node, "url"});
  for (const xmlNode* node : xml::children(item, xml::atom("link"))) {
    if (ascii::lower(xml::attr(node, "rel")) == "enclosure") found.push_back({node, "href"});
  }
  return found;
}

std::optional<Candidate> chosen_enclosure(const xmlNode* item) {
  std::vector<Candidate> enclosures = enclosures_of(item);
  for (const Candidate& enclosure : enclosures) {
    if (is_media_type(xml::attr(enclosure.node, "type")) && !enclosure.url().empty()) return enclosure;
  }
  for (const Candidate& enclosure : enclosures) {
    if (!enclosure.url().empty()) return enclosure;
  }
  return std::nullopt;
}

std::string http_source(const xmlNode* alternate) {
  for (const xmlNode* source : xml::children(alternate, xml::podcast("source"))) {
    std::string uri = xml::attr(source, "uri");
    std::string scheme = ascii::lower(uri.substr(0, 8));
    if (scheme.rfind("https://", 0) == 0 || scheme.rfind("http://", 0) == 0) return uri;
  }
  return "";
}

constexpr const char* kMediaRss = "http://search.yahoo.com/mrss/";

// The first audio or video media:content (Media RSS), directly in the item or in a media:group.
const xmlNode* media_content(const xmlNode* item) {
  const xml::Name content{kMediaRss, "media", "content"};
  std::vector<xmlNode*> candidates = xml::children(item, content);
  for (const xmlNode* group : xml::children(item, xml::Name{kMediaRss, "media", "group"})) {
    for (xmlNode* node : xml::children(group, content)) candidates.push_back(node);
  }
  for (const xmlNode* node : candidates) {
    std::string medium = ascii::lower(xml::attr(node, "medium"));
    bool media = medium == "audio" || medium == "video" || is_media_type(xml::attr(node, "type"));
    if (media && !xml::attr(node, "url").empty()) return node;
  }
  return nullptr;
}

}  // namespace

void read_enclosure(const xmlNode* item, const std::string& base, Episode& episode, std::vector<std::string>& warnings) {
  if (std::optional<Candidate> enclosure = chosen_enclosure(item)) {
    episode.enclosure_url = resolve_url(base, enclosure->url());
    read_type_and_length(enclosure->node, episode, "length");
    return;
  }
  std::vector<xmlNode*> alternates = xml::children(item, xml::podcast("alternateEnclosure"));
  if (alternates.empty()) {
    if (const xmlNode* media = media_content(item)) {
      episode.enclosure_url = resolve_url(base, xml::attr(media, "url"));
      read_type_and_length(media, episode, "fileSize");
    }
    return;
  }
  std::stable_partition(alternates.begin(), alternates.end(),
                        [](const xmlNode* node) { return ascii::lower(xml::attr(node, "default")) == "true"; });
  for (const xmlNode* alternate : alternates) {
    std::string uri = http_source(alternate);
    if (uri.empty()) continue;
    episode.enclosure_url = resolve_url(base, uri);
    read_type_and_length(alternate, episode, "length");
    return;
  }
  warnings.push_back("no enclosure, and no podcast:alternateEnclosure with an http(s) podcast:source");
}

}  // namespace podseek
