// The items of a feed, whatever its format (RSS <item>, Atom <entry>), into the podcast: each read
// by its format's reader, then the rules every feed shares: a repeated guid is skipped, an episode
// number already taken is dropped, an item with itunes:block is not kept but its id is noted (the
// index removes it), and each problem is a warning naming its item. Internal to the feed readers.
// Thread safety: one call per thread per fetcher.
#pragma once

#include <functional>
#include <libxml/tree.h>
#include <string>
#include <vector>

#include "indexer/feed/item_fields.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {

// How a format reads one of its items (rss_item.hpp, atom_entry.hpp).
using ItemReader = std::function<ItemRead(const xmlNode*, const ChannelContext&, Episode&, std::vector<std::string>&)>;

// Reads `items` into result.podcast.episodes (and result.blocked_episode_ids), appending warnings.
// `container` and `element` name the parent and the items in feed warnings ("channel", "<item>";
// "feed", "<entry>").
void read_items(const std::vector<xmlNode*>& items, const ItemReader& reader, const ChannelContext& context,
                const char* container, const char* element, FeedParseResult& result);

// The feed warnings of how its XML was read (not well-formed: maybe incomplete; undeclared
// prefixes; the parser's notices), in result.
void note_document_problems(const xml::ParsedXml& parsed, FeedParseResult& result);

// The feed warning for attachments --offline or --no-transcripts left unfetched, if any.
void note_unfetched(const ChannelContext& context, FeedParseResult& result);

}  // namespace podseek
