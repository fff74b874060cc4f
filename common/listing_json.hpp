// JSON of the listing fields of podcasts and episodes (language, categories, keywords, explicit,
// season, episode type, soundbites, artwork, guid, feed URL), shared by the corpus format and
// the stored episode. Fields are written only when known, so older corpora read unchanged.
// Thread safety: pure functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "common/episode.hpp"

namespace podseek {

// Adds the episode's listing fields to `out` (an episode object).
void episode_listing_to_json(const Episode& episode, nlohmann::json& out);
// Reads them from an episode object; throws InputError naming source and path when one has the wrong type.
void episode_listing_from_json(const nlohmann::json& j, const std::string& source, const std::string& path,
                               Episode& episode);

// The same for the podcast header object.
void podcast_listing_to_json(const Podcast& podcast, nlohmann::json& out);
void podcast_listing_from_json(const nlohmann::json& j, const std::string& source, const std::string& path,
                               Podcast& podcast);

}  // namespace podseek
