// Limits and settings of feed reading (see rss_parser.hpp), with their defaults.
// Thread safety: plain values.
#pragma once

#include <cstddef>
#include <string>

#include "common/input_limits.hpp"

namespace podseek {

struct FeedOptions {
  // Longer plain-text descriptions and titles are cut (warning); the same limits as corpus JSON.
  std::size_t max_description_bytes = InputLimits::kMaxTextBytes;
  std::size_t max_title_bytes = InputLimits::kMaxTitleBytes;
  std::size_t max_transcript_chars = 400;         // cues are merged into passages up to this size
  bool fetch_chapters = true;                     // fetch podcast:chapters files
  bool fetch_transcripts = true;                  // fetch podcast:transcript files
  // Podcast::deep_link_template; when "", the feed's <podseek:deepLinkTemplate> or else "".
  std::string deep_link_template;
};

}  // namespace podseek
