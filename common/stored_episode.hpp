// The form in which an episode is stored in its index document (document data), written by
// the indexer and read by the search server. Not the corpus file format (corpus_json).
// Thread safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// What the search side needs of an indexed episode.
struct StoredEpisode {
  std::string id;
  std::string podcast;                 // podcast title
  Episode episode;                     // without its transcript (kept in segment documents)
  std::vector<std::string> topics;     // episode topics
};

std::string encode_stored_episode(const StoredEpisode& stored);
// REQUIRES: data written by encode_stored_episode. Throws nlohmann::json::exception or
// InputError otherwise.
StoredEpisode decode_stored_episode(const std::string& data);

// A transcript segment's document data.
std::string encode_stored_segment(const TranscriptSegment& segment);
TranscriptSegment decode_stored_segment(const std::string& data);

}  // namespace podseek
