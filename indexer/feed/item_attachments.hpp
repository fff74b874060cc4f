// The files an RSS item points to: podcast:chapters (JSON), psc:chapters and podcast:transcript
// (WebVTT, SRT, JSON, HTML), fetched through the channel's FeedFetcher, with chapters written in the description as
// the fallback. Internal to the RSS reader. Thread safety: one call per thread per fetcher.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/rss_item.hpp"

namespace podseek {

// Sets episode.chapters from podcast:chapters (JSON, fetched) or psc:chapters (inline; of both,
// the one with more chapters, with a warning), or, when there is none or it cannot be fetched or
// read (a warning), from timestamps in episode.description. A chapter list in the description is
// removed from it in every case. A chapters type that is not read is a warning naming the URL.
void read_chapters(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                   std::vector<std::string>& warnings);

// Sets episode.transcript from the first podcast:transcript, in the order JSON, WebVTT, SRT, HTML,
// that can be fetched and read; each one that cannot, and each of a type not read, is a warning.
void read_transcript(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings);

}  // namespace podseek
