// Whether a feed asks not to be listed: itunes:block (channel or item; Apple's "do not show this in
// the directory") and podcast:block (channel; Podcasting 2.0: which platforms may list the feed).
// podseek is a directory of its own, so a block that applies to every platform applies to it:
// - podcast:block id="podseek" (yes or no) decides, whatever the other tags say;
// - else a podcast:block without id (it names every platform) decides, "yes" or "no";
// - else itunes:block "yes" (any case) blocks;
// - a podcast:block naming another service (id="apple", id="spotify" …) is that service's only.
// Internal to the feed readers. Thread safety: pure functions over a parsed document.
#pragma once

#include <libxml/tree.h>
#include <string>

namespace podseek {

// The id podcast:block may name podseek by.
inline constexpr const char* kPodseekServiceId = "podseek";

// Why the channel (an RSS <channel> or an Atom <feed>) asks not to be listed, as a phrase for the
// indexer's line ("itunes:block is \"yes\""), or "" when it may be.
std::string channel_block_reason(const xmlNode* channel);

// Whether an item (or an Atom entry) carries itunes:block "yes".
bool item_is_blocked(const xmlNode* item);

}  // namespace podseek
