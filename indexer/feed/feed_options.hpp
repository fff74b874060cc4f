// Limits and settings of feed reading (see rss_parser.hpp), with their defaults.
// Thread safety: plain values.
#pragma once

#include <cstddef>
#include <string>

namespace podseek {

struct FeedOptions {
  std::size_t max_description_bytes = 64 * 1024;  // longer plain-text descriptions are cut (warning)
  std::size_t max_title_bytes = 1024;             // longer titles are cut (warning)
  std::size_t max_transcript_chars = 400;         // cues are merged into passages up to this size
  bool fetch_chapters = true;                     // fetch podcast:chapters files
  bool fetch_transcripts = true;                  // fetch podcast:transcript files
  // Podcast::deep_link_template; when "", the feed's <podseek:deepLinkTemplate> or else "".
  std::string deep_link_template;
};

}  // namespace podseek
