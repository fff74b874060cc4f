// The listing tags of a feed, for listeners and directories: <language>, itunes:category (nested,
// several), itunes:keywords, itunes:explicit, itunes:season / podcast:season, itunes:episodeType,
// podcast:soundbite, podcast:guid and the feed's atom:link rel="self". Internal to the RSS reader.
// Thread safety: pure functions.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

struct ListingLimits {
  static constexpr std::size_t kMaxCategories = 20;   // per channel, subcategories included
  static constexpr std::size_t kMaxKeywords = 50;
  static constexpr std::size_t kMaxSoundbites = 20;   // per item
  static constexpr std::size_t kMaxTextBytes = 200;   // a longer keyword, category or soundbite title is cut
};

// The channel's listing fields, guid and self link; problems are appended to `warnings` ("feed: …").
void read_channel_listing(const xmlNode* channel, Podcast& podcast, std::vector<std::string>& warnings);

// The item's keywords, explicit flag, season, episode type and soundbites (problems without the
// item prefix); language and categories are copied from `podcast`.
void read_item_listing(const xmlNode* item, const Podcast& podcast, Episode& episode, std::vector<std::string>& warnings);

}  // namespace podseek
