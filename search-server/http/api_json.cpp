// JSON rendering of API responses (see api_json.hpp).
#include "search-server/http/api_json.hpp"

namespace podseek {
namespace {

using nlohmann::json;

json optional_number(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }
json optional_text(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json facet_json(const std::vector<FacetValue>& values) {
  json out = json::array();
  for (const auto& value : values) out.push_back({{"value", value.value}, {"count", value.count}});
  return out;
}

json soundbites_json(const Episode& e) {
  json out = json::array();
  for (const Soundbite& bite : e.soundbites) {
    out.push_back({{"start_seconds", bite.start_seconds}, {"duration_seconds", bite.duration_seconds}, {"title", bite.title}});
  }
  return out;
}

// {"Name": "person" | "title" | "description"} for every guest (guest_inference.hpp).
json guest_sources_json(const Episode& e) {
  json out = json::object();
  for (const std::string& guest : e.guests) {
    auto it = e.guest_sources.find(guest);
    out[guest] = it == e.guest_sources.end() ? std::string("person") : it->second;
  }
  return out;
}

// The fields every episode carries, in lists and in full.
json episode_summary_json(const StoredEpisode& stored) {
  const Episode& e = stored.episode;
  return {{"id", stored.id},
          {"episode", optional_number(e.number)},
          {"title", e.title},
          {"url", e.url},
          {"podcast", stored.podcast},
          {"podcast_id", podcast_id(stored.podcast)},
          {"published", e.published.empty() ? json(nullptr) : json(e.published)},
          {"guests", e.guests},
          {"guest_sources", guest_sources_json(e)},
          {"hosts", e.hosts},
          {"topics", stored.topics},
          {"chapter_count", e.chapters.size()},
          {"enclosure_url", e.enclosure_url.empty() ? json(nullptr) : json(e.enclosure_url)},
          {"enclosure_type", e.enclosure_type.empty() ? json(nullptr) : json(e.enclosure_type)},
          {"enclosure_length", e.enclosure_length ? json(*e.enclosure_length) : json(nullptr)},
          {"image_url", e.image_url.empty() ? json(nullptr) : json(e.image_url)},
          {"duration_seconds", optional_number(e.duration_seconds)},
          {"language", e.listing.language.empty() ? json(nullptr) : json(e.listing.language)},
          {"categories", e.listing.categories},
          {"keywords", e.listing.keywords},
          {"explicit", e.listing.explicit_content ? json(*e.listing.explicit_content) : json(nullptr)},
          {"season", optional_number(e.season)},
          {"episode_type", e.episode_type.empty() ? json(nullptr) : json(e.episode_type)},
          {"soundbites", soundbites_json(e)}};
}

json hit_json(const EpisodeHit& hit) {
  json out = episode_summary_json({hit.id, hit.podcast, hit.episode, hit.topics});
  out["snippet"] = hit.snippet;
  out["chapters"] = json::array();
  for (const auto& chapter : hit.chapters) {
    out["chapters"].push_back({{"title", chapter.title},
                               {"title_html", chapter.title_html},
                               {"start", format_timestamp(chapter.start_seconds)},
                               {"start_seconds", chapter.start_seconds},
                               {"deep_link", chapter.deep_link}});
  }
  out["transcript"] = json::array();
  for (const auto& segment : hit.transcript) {
    out["transcript"].push_back({{"start", format_timestamp(segment.start_seconds)},
                                 {"start_seconds", segment.start_seconds},
                                 {"speaker", segment.speaker},
                                 {"text_html", segment.text_html},
                                 {"deep_link", segment.deep_link}});
  }
  return out;
}

json ref_json(const EpisodeRef& ref) {
  return {{"id", ref.id}, {"episode", optional_number(ref.number)}, {"title", ref.title}};
}

json optional_ref(const std::optional<EpisodeRef>& ref) { return ref ? ref_json(*ref) : json(nullptr); }

json podcast_info_json(const PodcastInfo& info) {
  const Podcast& p = info.podcast;
  const Listing& l = p.listing;
  return {{"id", info.id},
          {"title", p.title},
          {"url", p.url.empty() ? json(nullptr) : json(p.url)},
          {"description", p.description},
          {"image_url", p.image_url.empty() ? json(nullptr) : json(p.image_url)},
          {"language", l.language.empty() ? json(nullptr) : json(l.language)},
          {"categories", l.categories},
          {"keywords", l.keywords},
          {"explicit", l.explicit_content ? json(*l.explicit_content) : json(nullptr)},
          {"feed_url", p.feed_url.empty() ? json(nullptr) : json(p.feed_url)},
          {"episode_count", info.episode_count}};
}

}  // namespace

json search_response_json(const SearchResponse& response) {
  json results = json::array();
  for (const auto& hit : response.results) results.push_back(hit_json(hit));
  json facets = {{"guest", facet_json(response.guest_facet)}, {"topic", facet_json(response.topic_facet)}};
  facets["podcast"] = facet_json(response.podcast_facet);
  facets["language"] = facet_json(response.language_facet);
  facets["category"] = facet_json(response.category_facet);
  json facet_values = {{"guest", response.guest_values},
                       {"topic", response.topic_values},
                       {"podcast", response.podcast_values},
                       {"language", response.language_values},
                       {"category", response.category_values}};
  return {{"query", response.query},
          {"corrected_query", optional_text(response.corrected_query)},
          {"suggestion", optional_text(response.suggestion)},
          {"total", response.total},
          {"page", response.page},
          {"per_page", response.per_page},
          {"matched_all_words", response.matched_all_words},
          {"results", results},
          {"facets", facets},
          {"facet_values", facet_values},
          {"partial", response.partial},
          {"missing_shards", response.missing_shards},
          {"podcasts_in_index", response.podcasts_in_index},
          {"took_ms", response.took_ms}};
}

json podcasts_json(const std::vector<PodcastInfo>& podcasts) {
  json list = json::array();
  for (const auto& info : podcasts) list.push_back(podcast_info_json(info));
  return {{"podcasts", list}};
}

json podcast_page_json(const PodcastPage& page) {
  json out = episode_list_json(page.episodes);
  out["podcast"] = podcast_info_json(page.info);
  out["podcast"]["hosts"] = page.hosts;
  return out;
}

json guest_page_json(const GuestPage& page) {
  json out = episode_list_json(page.guest.episodes);
  out["name"] = page.guest.name;
  out["spoken"] = json::array();
  for (const auto& moment : page.guest.spoken) {
    out["spoken"].push_back({{"episode_id", moment.episode_id},
                             {"start", format_timestamp(moment.start_seconds)},
                             {"start_seconds", moment.start_seconds},
                             {"text", moment.text},
                             {"deep_link", moment.deep_link}});
  }
  out["named"] = json::array();
  for (const auto& moment : page.named) {
    out["named"].push_back({{"episode_id", moment.episode_id},
                            {"episode", optional_number(moment.episode_number)},
                            {"episode_title", moment.episode_title},
                            {"kind", moment.kind},
                            {"start", format_timestamp(moment.start_seconds)},
                            {"start_seconds", moment.start_seconds},
                            {"speaker", moment.speaker},
                            {"text_html", moment.text_html},
                            {"deep_link", moment.deep_link},
                            {"podcast", moment.podcast},
                            {"enclosure_url", moment.enclosure_url.empty() ? json(nullptr) : json(moment.enclosure_url)}});
  }
  return out;
}

json episode_list_json(const EpisodeList& list) {
  json episodes = json::array();
  for (const auto& stored : list.episodes) {
    json summary = episode_summary_json(stored);
    summary["description"] = stored.episode.description;
    episodes.push_back(summary);
  }
  return {{"total", list.total}, {"page", list.page}, {"per_page", list.per_page}, {"episodes", episodes}};
}

json episode_detail_json(const EpisodeDetail& detail) {
  const Episode& e = detail.stored.episode;
  json out = episode_summary_json(detail.stored);
  out["description"] = e.description;
  out["links"] = json::array();
  for (const auto& link : e.links) out["links"].push_back({{"url", link.url}, {"label", link.label}});
  out["chapters"] = json::array();
  for (std::size_t i = 0; i < e.chapters.size(); ++i) {
    json end = i + 1 < e.chapters.size() ? json(e.chapters[i + 1].start_seconds) : json(nullptr);
    json chapter = {{"title", e.chapters[i].title},
                    {"start", format_timestamp(e.chapters[i].start_seconds)},
                    {"start_seconds", e.chapters[i].start_seconds},
                    {"end_seconds", end},
                    {"deep_link", detail.chapter_links.at(i)}};
    if (!e.chapters[i].url.empty()) chapter["url"] = e.chapters[i].url;
    if (!e.chapters[i].image_url.empty()) chapter["image_url"] = e.chapters[i].image_url;
    out["chapters"].push_back(chapter);
  }
  out["previous"] = optional_ref(detail.previous);
  out["next"] = optional_ref(detail.next);
  return out;
}

json named_episodes_json(const char* key, const NamedList& named) {
  json list = json::array();
  for (const auto& group : named.items) {
    json numbers = json::array(), refs = json::array();
    for (const auto& ref : group.episodes) {
      if (ref.number) numbers.push_back(*ref.number);
      refs.push_back(ref_json(ref));
    }
    list.push_back({{"name", group.name}, {"count", group.count}, {"episodes", numbers}, {"items", refs}});
  }
  return {{"total", named.total}, {"page", named.page}, {"per_page", named.per_page}, {key, list}};
}

json related_json(const RelatedResult& result) {
  json related = json::array();
  for (const auto& episode : result.related) {
    json summary = episode_summary_json(episode.stored);
    summary["score"] = episode.score;
    summary["reasons"] = episode.reasons();
    summary["shared_guests"] = episode.shared_guests;
    summary["shared_topics"] = episode.shared_topics;
    summary["shared_words"] = episode.words;
    related.push_back(summary);
  }
  return {{"id", result.id}, {"terms", result.terms}, {"related", related}};
}

json health_json(const IndexHealth& health) {
  return {{"status", "ok"}, {"episodes", health.episodes}, {"documents", health.documents}};
}

json suggestions_json(const std::string& query, const std::vector<Suggestion>& suggestions) {
  json list = json::array();
  for (const auto& suggestion : suggestions) {
    json item = {{"text", suggestion.text}, {"kind", suggestion.kind}};
    if (suggestion.episode) item["episode"] = *suggestion.episode;
    if (!suggestion.id.empty()) item["id"] = suggestion.id;
    list.push_back(item);
  }
  return {{"query", query}, {"suggestions", list}};
}

}  // namespace podseek
