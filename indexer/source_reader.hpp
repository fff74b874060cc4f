// Reads one indexer SOURCE into the episode model, whatever its kind: a podseek corpus JSON
// file, or a podcast-app episode page (plain text), with an optional hand-kept overlay.
// Thread safety: free functions without shared state.
#pragma once

#include <string>

#include "common/episode.hpp"

namespace podseek {

enum class SourceKind { kCorpusJson, kEpisodePage, kFeed };

struct SourceOptions {
  std::string overlay_path;  // applied to episode pages; "" = none
};

// Tells a source's kind from its name and first bytes. Throws InputError for a source that is
// none of the kinds podseek reads.
SourceKind detect_source_kind(const std::string& source, const std::string& head);

// Reads and checks a source. Throws InputError naming the source and the place of a problem.
Podcast read_source(const std::string& source, const SourceOptions& options);

}  // namespace podseek
