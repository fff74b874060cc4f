// A hand-kept JSON overlay ("format": "podseek-overlay/1") for facts an import source does not
// mark (guests, hosts, guids, fixes), applied over each import so re-imports keep them.
// Thread safety: free functions without shared state.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "common/episode.hpp"

namespace podseek {

inline constexpr const char* kOverlayFormat = "podseek-overlay/1";

// Reads the overlay file and applies it. Throws InputError naming the file and JSON path on
// bad input (syntax, types, unknown fields, an episode number the podcast does not have).
void apply_overlay_file(Podcast& podcast, const std::string& path);

// Same, from parsed JSON; source_name is used in messages only. Every field present in the
// overlay replaces the podcast's or episode's value; episodes are addressed by "number".
void apply_overlay(Podcast& podcast, const nlohmann::json& overlay, const std::string& source_name);

}  // namespace podseek
