// Reads one RSS <item> into an Episode: the fields of RSS 2.0 here, the iTunes and Podcasting 2.0
// tags an Atom entry carries too in item_fields.hpp, with the chapters and transcript it points to
// fetched through the FeedFetcher. Internal to the RSS reader (rss_parser.hpp is the public entry).
// Thread safety: one call per thread per fetcher.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/item_fields.hpp"

namespace podseek {

// Reads `item`; problems are appended to `warnings` without the item prefix. kSkipped when it has
// no guid, enclosure or link to identify it by, or neither a title nor a description to name it
// by; kBlocked (identity, numbers and season read, nothing fetched) for itunes:block "yes".
ItemRead read_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings);

}  // namespace podseek
