// Reads one RSS <item> into an Episode: the fields of RSS 2.0, iTunes and Podcasting 2.0, with
// the chapters and transcript it points to fetched through the FeedFetcher. Internal to the
// RSS reader (rss_parser.hpp is the public entry). Thread safety: one call per thread per fetcher.
#pragma once

#include <cstddef>
#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/feed_fetcher.hpp"
#include "indexer/feed/feed_options.hpp"

namespace podseek {

// What an item inherits from its channel.
struct ChannelContext {
  std::string feed_url;  // where the feed came from: base of relative chapter/transcript URLs
  std::string link;      // the channel's link: base of relative item links
  std::string image_url;
  std::vector<std::string> hosts, guests;  // channel-level podcast:person
  FeedOptions options;
  FeedFetcher* fetcher = nullptr;
};

// Reads `item`; problems are appended to `warnings` without the item prefix. Returns false
// (the item is skipped) when it has no guid, enclosure or link to identify it by, or neither a
// title nor a description to name it by.
bool read_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
               std::vector<std::string>& warnings);

// Reads podcast:person children of `parent` into hosts (role host or co-host, the default) and guests.
// Returns whether there was any person element.
bool read_persons(const xmlNode* parent, std::vector<std::string>& hosts, std::vector<std::string>& guests);

}  // namespace podseek
