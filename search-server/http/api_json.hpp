// The JSON bodies of the HTTP API (../shared/API.md): typed results in, nlohmann::json out,
// so every string is escaped by the JSON library.
// Thread safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include "common/status.hpp"
#include "search-server/core/catalog.hpp"
#include "search-server/core/guest_page.hpp"
#include "search-server/core/related_episodes.hpp"
#include "search-server/core/search_types.hpp"
#include "search-server/core/suggester.hpp"

namespace podseek {

nlohmann::json search_response_json(const SearchResponse& response);
nlohmann::json episode_list_json(const EpisodeList& list);
nlohmann::json episode_detail_json(const EpisodeDetail& detail);
nlohmann::json podcasts_json(const std::vector<PodcastInfo>& podcasts);
nlohmann::json podcast_page_json(const PodcastPage& page);
nlohmann::json guest_page_json(const GuestPage& page);
nlohmann::json named_episodes_json(const char* key, const NamedList& named);
nlohmann::json related_json(const RelatedResult& result);
nlohmann::json health_json(const IndexHealth& health);
nlohmann::json suggestions_json(const std::string& query, const std::vector<Suggestion>& suggestions);

}  // namespace podseek
