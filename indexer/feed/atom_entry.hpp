// Reads one Atom <entry> into an Episode, as rss_item.hpp reads an RSS <item>: atom:id is the guid,
// atom:title (text, html or xhtml) the title, the alternate link the page, published (else
// updated) the date, content (else summary) the notes, <link rel="enclosure"> the media file,
// <category> (label, else term) the episode's keywords; the iTunes and Podcasting 2.0 tags inside
// the entry are read by item_fields.hpp as for RSS. Relative links resolve against xml:base.
// Internal to the Atom reader. Thread safety: one call per thread per fetcher.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/item_fields.hpp"

namespace podseek {

// Reads `entry`; problems are appended to `warnings` without the item prefix (as read_item).
ItemRead read_entry(const xmlNode* entry, const ChannelContext& channel, Episode& episode,
                    std::vector<std::string>& warnings);

}  // namespace podseek
