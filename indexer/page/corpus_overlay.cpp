// Applying a hand-kept overlay of facts over an imported podcast.
#include "indexer/page/corpus_overlay.hpp"

#include <algorithm>

#include "common/json_fields.hpp"

namespace podseek {
namespace {

using nlohmann::json;

void set_string(const json& obj, const char* key, const std::string& source, const std::string& path,
                std::string& out) {
  if (auto it = obj.find(key); it != obj.end()) out = read_string(*it, source, path + "." + key);
}

void apply_podcast(Podcast& podcast, const json& j, const std::string& source) {
  const std::string path = "$.podcast";
  require_object(j, source, path);
  reject_unknown_keys(j, {"title", "url", "description", "deep_link_template"}, source, path);
  set_string(j, "title", source, path, podcast.title);
  set_string(j, "url", source, path, podcast.url);
  set_string(j, "description", source, path, podcast.description);
  set_string(j, "deep_link_template", source, path, podcast.deep_link_template);
}

Episode& find_episode(Podcast& podcast, const json& j, const std::string& source, const std::string& path) {
  if (!j.contains("number")) throw_at(source, path + ".number", "missing (episodes are addressed by number)");
  const int number = read_int(j["number"], source, path + ".number");
  auto it = std::find_if(podcast.episodes.begin(), podcast.episodes.end(),
                         [&](const Episode& ep) { return ep.number == number; });
  if (it == podcast.episodes.end()) {
    throw_at(source, path + ".number", "no episode " + std::to_string(number) + " in the imported podcast");
  }
  return *it;
}

void apply_episode(Podcast& podcast, const json& j, const std::string& source, const std::string& path) {
  require_object(j, source, path);
  reject_unknown_keys(j, {"number", "guid", "title", "url", "published", "description", "guests", "hosts",
                          "enclosure_url", "image_url", "duration_seconds"},
                      source, path);
  Episode& ep = find_episode(podcast, j, source, path);
  for (auto [key, field] : {std::pair{"guid", &ep.guid}, {"title", &ep.title}, {"url", &ep.url},
                            {"published", &ep.published}, {"description", &ep.description},
                            {"enclosure_url", &ep.enclosure_url}, {"image_url", &ep.image_url}}) {
    set_string(j, key, source, path, *field);
  }
  if (j.contains("guests")) ep.guests = read_string_list(j["guests"], source, path + ".guests");
  if (j.contains("hosts")) ep.hosts = read_string_list(j["hosts"], source, path + ".hosts");
  if (j.contains("duration_seconds")) {
    ep.duration_seconds = read_int(j["duration_seconds"], source, path + ".duration_seconds");
  }
}

}  // namespace

void apply_overlay(Podcast& podcast, const nlohmann::json& overlay, const std::string& source_name) {
  require_object(overlay, source_name, "$");
  reject_unknown_keys(overlay, {"format", "comment", "podcast", "episodes"}, source_name, "$");
  if (!overlay.contains("format") || read_string(overlay["format"], source_name, "$.format") != kOverlayFormat) {
    throw_at(source_name, "$.format", std::string("expected \"") + kOverlayFormat + "\"");
  }
  if (overlay.contains("podcast")) apply_podcast(podcast, overlay["podcast"], source_name);
  if (!overlay.contains("episodes")) return;
  const json& episodes = overlay["episodes"];
  require_array(episodes, source_name, "$.episodes");
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    apply_episode(podcast, episodes[i], source_name, "$.episodes[" + std::to_string(i) + "]");
  }
}

void apply_overlay_file(Podcast& podcast, const std::string& path) {
  apply_overlay(podcast, parse_json_file(path), path);
}

}  // namespace podseek
