// Reads an Atom feed (RFC 4287) into the same Podcast an RSS feed gives: the feed's title,
// subtitle, alternate link, itunes:image (else logo, else icon), xml:lang and categories (itunes:category,
// then <category> label or term), its entries by atom_entry.hpp, and the iTunes and Podcasting 2.0
// tags a podcast host adds (itunes:author, podcast:person, itunes:block, podcast:block …) as for a
// channel. Author names (of the feed and of its entries) are publisher names, never guests, as
// itunes:author is. Internal: parse_feed (rss_parser.hpp) is the public entry.
// Thread safety: one call per thread per fetcher.
#pragma once

#include <libxml/tree.h>
#include <string>

#include "indexer/feed/rss_parser.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {

// Whether `root` is an Atom <feed> (in the Atom namespace, or in none).
bool is_atom_feed(const xmlNode* root);

// Reads the Atom feed `root` of `parsed`, as parse_rss reads a channel (the same skips, warnings
// and limits). Throws InputError naming source_url when the feed has no title.
FeedParseResult parse_atom(const xml::ParsedXml& parsed, const xmlNode* root, const std::string& source_url,
                           FeedFetcher& fetcher, const FeedOptions& options);

}  // namespace podseek
