// Renders a Podcast as an RSS 2.0 feed with iTunes and Podcasting 2.0 tags, as netstack.fm
// publishes it: chapters as timestamp lines in the description, show notes as links. Used to
// turn a corpus into a feed (data/netstack-feed.xml) and to test the reader on a round trip.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "common/episode.hpp"

namespace podseek {

// The namespace of podseek's own channel element <podseek:deepLinkTemplate>, which carries
// Podcast::deep_link_template (there is no Podcasting 2.0 tag for it).
inline constexpr const char* kPodseekFeedNamespace = "urn:podseek:feed:1";

// parse_rss(write_rss(p)) gives back p's title, url, description and deep link template, and
// each episode's guid, number, title, url, published (as UTC; a date alone becomes midnight),
// guests, hosts, description, links, chapters, enclosure, image and duration. Transcripts are
// not written (they would need files of their own).
std::string write_rss(const Podcast& podcast);

}  // namespace podseek
