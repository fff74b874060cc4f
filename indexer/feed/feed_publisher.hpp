// Who publishes a feed, as its channel says: the names guest inference treats as hosts
// (common/guest_inference.hpp), and where the feed says it has moved (itunes:new-feed-url).
// Thread safety: pure functions over a parsed document.
#pragma once

#include <string>
#include <vector>

#include <libxml/tree.h>

namespace podseek {

// The channel's itunes:author, itunes:owner/itunes:name and podcast:person role="host" texts,
// as written (one string may hold several names: "JT, Hakim, and Yugopnik"); "" ones left out.
std::vector<std::string> read_publisher_names(const xmlNode* channel);

// The channel's itunes:new-feed-url, trimmed; "" when it has none.
std::string read_new_feed_url(const xmlNode* channel);

}  // namespace podseek
