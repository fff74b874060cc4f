// The explicit limits on what one source (a corpus JSON file, a feed, an episode page) may put
// into the episode model, shared by every reader: feed text is cut at the same kMaxTextBytes as
// corpus text. A field over its limit is cut, and a list over its limit keeps its first entries,
// each time with a warning naming the source, the episode and the field — or, where the caller
// gives no list for warnings, the source is refused with an InputError saying the same.
// Thread safety: constants and pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

struct InputLimits {
  static constexpr std::size_t kMaxTextBytes = 64 * 1024;   // a description; one transcript segment
  static constexpr std::size_t kMaxTitleBytes = 1024;       // titles, names of people, link labels
  static constexpr std::size_t kMaxUrlBytes = 8 * 1024;     // URLs, guids, dates, deep-link templates
  static constexpr std::size_t kMaxEpisodes = 200000;       // per podcast
  static constexpr std::size_t kMaxChapters = 2000;         // per episode
  static constexpr std::size_t kMaxPeople = 200;            // guests, and hosts, per episode
  static constexpr std::size_t kMaxLinks = 2000;            // show-note links per episode
  static constexpr std::size_t kMaxTranscriptSegments = 50000;       // per episode
  static constexpr std::size_t kMaxTranscriptBytes = 4 * 1024 * 1024;  // all segments' text, per episode
  static constexpr std::size_t kMaxCorpusFileBytes = 512u * 1024 * 1024;  // larger files are refused
};

// Cuts `text` to at most `max` bytes at a UTF-8 character boundary; returns whether it cut.
bool cut_utf8(std::string& text, std::size_t max);

// Applies InputLimits to the podcast read from `source`. With `warnings`, each cut appends
// "<source>: $.episodes[3].description (episode \"guid\"): 52428800 bytes cut to 65536"; without,
// the first field over its limit throws InputError with that text ("... is over the limit of ...").
void apply_input_limits(Podcast& podcast, const std::string& source, std::vector<std::string>* warnings);

}  // namespace podseek
