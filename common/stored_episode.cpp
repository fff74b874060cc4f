// JSON encoding of StoredEpisode (see stored_episode.hpp).
#include "common/stored_episode.hpp"

namespace podseek {
namespace {

using nlohmann::json;

json links_to_json(const std::vector<Link>& links) {
  json out = json::array();
  for (const auto& link : links) out.push_back({{"url", link.url}, {"label", link.label}});
  return out;
}

json chapters_to_json(const std::vector<Chapter>& chapters) {
  json out = json::array();
  for (const auto& chapter : chapters) out.push_back({{"title", chapter.title}, {"start", chapter.start_seconds}});
  return out;
}

}  // namespace

std::string encode_stored_episode(const StoredEpisode& stored) {
  const Episode& e = stored.episode;
  json j = {{"id", stored.id},
            {"podcast", stored.podcast},
            {"guid", e.guid},
            {"title", e.title},
            {"url", e.url},
            {"published", e.published},
            {"guests", e.guests},
            {"hosts", e.hosts},
            {"description", e.description},
            {"links", links_to_json(e.links)},
            {"chapters", chapters_to_json(e.chapters)},
            {"enclosure_url", e.enclosure_url},
            {"image_url", e.image_url},
            {"topics", stored.topics}};
  j["number"] = e.number ? json(*e.number) : json(nullptr);
  j["duration_seconds"] = e.duration_seconds ? json(*e.duration_seconds) : json(nullptr);
  return j.dump();
}

StoredEpisode decode_stored_episode(const std::string& data) {
  json j = json::parse(data);
  StoredEpisode stored;
  stored.id = j.at("id").get<std::string>();
  stored.podcast = j.at("podcast").get<std::string>();
  stored.topics = j.at("topics").get<std::vector<std::string>>();
  Episode& e = stored.episode;
  e.guid = j.at("guid").get<std::string>();
  if (!j.at("number").is_null()) e.number = j["number"].get<int>();
  e.title = j.at("title").get<std::string>();
  e.url = j.at("url").get<std::string>();
  e.published = j.at("published").get<std::string>();
  e.guests = j.at("guests").get<std::vector<std::string>>();
  e.hosts = j.at("hosts").get<std::vector<std::string>>();
  e.description = j.at("description").get<std::string>();
  for (const auto& link : j.at("links")) e.links.push_back({link.at("url"), link.at("label")});
  for (const auto& chapter : j.at("chapters")) e.chapters.push_back({chapter.at("title"), chapter.at("start")});
  e.enclosure_url = j.at("enclosure_url").get<std::string>();
  e.image_url = j.at("image_url").get<std::string>();
  if (!j.at("duration_seconds").is_null()) e.duration_seconds = j["duration_seconds"].get<int>();
  return stored;
}

std::string encode_stored_segment(const TranscriptSegment& segment) {
  return json{{"start", segment.start_seconds}, {"speaker", segment.speaker}, {"text", segment.text}}.dump();
}

TranscriptSegment decode_stored_segment(const std::string& data) {
  json j = json::parse(data);
  return {j.at("start").get<int>(), j.at("speaker").get<std::string>(), j.at("text").get<std::string>()};
}

}  // namespace podseek
