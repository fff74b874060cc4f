// The files an RSS item points to: podcast:chapters (JSON) and podcast:transcript (WebVTT, SRT,
// JSON), fetched through the channel's FeedFetcher, with chapters written in the description as
// the fallback. Internal to the RSS reader. Thread safety: one call per thread per fetcher.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/rss_item.hpp"

namespace podseek {

// Sets episode.chapters from podcast:chapters, or, when there is none or it cannot be fetched
// or read (a warning), from timestamps in episode.description. A chapter list in the
// description is removed from it in both cases.
void read_chapters(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings);

// Sets episode.transcript from the first podcast:transcript, in the order JSON, WebVTT, SRT,
// that can be fetched and read; each one that cannot is a warning.
void read_transcript(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings);

}  // namespace podseek
