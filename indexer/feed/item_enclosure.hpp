// Which media file an RSS item or an Atom entry is: of several <enclosure> elements (Atom: <link
// rel="enclosure" href>, with the same type and length) the first audio or video one
// (WordPress feeds put an image first), else the first; without any, the podcast:alternateEnclosure
// marked default (else the first), at its first http(s) podcast:source; without those, the first
// audio or video Media RSS media:content (in a media:group too). Internal to the RSS reader.
// Thread safety: pure functions over a parsed document.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Sets episode.enclosure_url (resolved against `base`), enclosure_type and enclosure_length.
// Problems (an item whose only media is an alternateEnclosure without an http(s) source) are
// appended to `warnings` without the item prefix.
void read_enclosure(const xmlNode* item, const std::string& base, Episode& episode, std::vector<std::string>& warnings);

}  // namespace podseek
