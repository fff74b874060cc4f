// Listing tags of a feed (see feed_listing.hpp).
#include "indexer/feed/feed_listing.hpp"

#include <algorithm>
#include <cstdlib>

#include "common/ascii_text.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/rss_item.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

std::string clean(const std::string& text) {
  std::string line = html_to_line(text);
  if (cut_utf8(line, ListingLimits::kMaxTextBytes)) line += "…";
  return line;
}

std::optional<bool> read_explicit(const xmlNode* parent, std::vector<std::string>& warnings, const std::string& where) {
  const xmlNode* node = xml::child(parent, xml::itunes("explicit"));
  if (node == nullptr) return std::nullopt;
  std::string value = ascii::lower(xml::text(node));
  if (value == "yes" || value == "true" || value == "explicit") return true;
  if (value == "no" || value == "false" || value == "clean") return false;
  warnings.push_back(where + "itunes:explicit \"" + value.substr(0, 40) + "\" is not yes/no/true/false/clean; ignored");
  return std::nullopt;
}

std::vector<std::string> read_keywords(const xmlNode* parent) {
  std::vector<std::string> keywords;
  std::string all = xml::text(xml::child(parent, xml::itunes("keywords")));
  std::size_t at = 0;
  while (at <= all.size() && keywords.size() < ListingLimits::kMaxKeywords) {
    std::size_t comma = all.find(',', at);
    std::string keyword = clean(all.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
    if (!keyword.empty()) keywords.push_back(keyword);
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return keywords;
}

// itunes:category text="A" with nested itunes:category text="B": "A" and "A > B". Two levels, as Apple defines.
std::vector<std::string> read_categories(const xmlNode* channel) {
  std::vector<std::string> categories;
  auto add = [&](const std::string& name) {
    if (!name.empty() && categories.size() < ListingLimits::kMaxCategories &&
        std::find(categories.begin(), categories.end(), name) == categories.end()) {
      categories.push_back(name);
    }
  };
  for (const xmlNode* top : xml::children(channel, xml::itunes("category"))) {
    std::string name = clean(xml::attr(top, "text"));
    add(name);
    for (const xmlNode* sub : xml::children(top, xml::itunes("category"))) {
      std::string child = clean(xml::attr(sub, "text"));
      if (!name.empty() && !child.empty()) add(name + " > " + child);
    }
  }
  return categories;
}

std::optional<double> seconds_attr(const xmlNode* node, const char* name) {
  std::string text = xml::attr(node, name);
  if (text.empty() || text.size() > 20) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end == nullptr || *end != '\0' || !(value >= 0) || value > 1e7) return std::nullopt;
  return value;
}

void read_soundbites(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings) {
  std::size_t index = 0;
  for (const xmlNode* node : xml::children(item, xml::podcast("soundbite"))) {
    ++index;
    std::optional<double> start = seconds_attr(node, "startTime"), duration = seconds_attr(node, "duration");
    if (!start || !duration) {
      warnings.push_back("podcast:soundbite " + std::to_string(index) + ": startTime or duration is not seconds; skipped");
      continue;
    }
    if (episode.soundbites.size() >= ListingLimits::kMaxSoundbites) break;
    episode.soundbites.push_back({*start, *duration, clean(xml::text(node))});
  }
}

std::optional<int> read_season(const xmlNode* item, std::vector<std::string>& warnings) {
  std::string text = xml::text(xml::child(item, xml::itunes("season")));
  if (text.empty()) text = xml::text(xml::child(item, xml::podcast("season")));
  if (text.empty()) return std::nullopt;
  if (text.size() <= 6 && std::all_of(text.begin(), text.end(), ascii::is_digit)) return std::atoi(text.c_str());
  warnings.push_back("season \"" + text.substr(0, 40) + "\" is not a number; ignored");
  return std::nullopt;
}

}  // namespace

void read_channel_listing(const xmlNode* channel, Podcast& podcast, std::vector<std::string>& warnings) {
  podcast.listing.language = clean(xml::text(xml::child(channel, xml::rss("language"))));
  podcast.listing.categories = read_categories(channel);
  podcast.listing.keywords = read_keywords(channel);
  podcast.listing.explicit_content = read_explicit(channel, warnings, "feed: ");
  podcast.guid = clean(xml::text(xml::child(channel, xml::podcast("guid"))));
  for (const xmlNode* link : xml::children(channel, xml::atom("link"))) {
    if (xml::attr(link, "rel") == "self" && !xml::attr(link, "href").empty()) {
      podcast.feed_url = xml::attr(link, "href");
      break;
    }
  }
}

void read_item_listing(const xmlNode* item, const Podcast& podcast, Episode& episode, std::vector<std::string>& warnings) {
  episode.listing.language = podcast.listing.language;
  episode.listing.categories = podcast.listing.categories;
  episode.listing.keywords = read_keywords(item);
  episode.listing.explicit_content = read_explicit(item, warnings, "");
  if (!episode.listing.explicit_content) episode.listing.explicit_content = podcast.listing.explicit_content;
  episode.season = read_season(item, warnings);
  std::string type = ascii::lower(xml::text(xml::child(item, xml::itunes("episodeType"))));
  if (type == "full" || type == "trailer" || type == "bonus") {
    episode.episode_type = type;
  } else if (!type.empty()) {
    warnings.push_back("itunes:episodeType \"" + type.substr(0, 40) + "\" is not full, trailer or bonus; ignored");
  }
  read_soundbites(item, episode, warnings);
}

}  // namespace podseek
