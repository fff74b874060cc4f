// Deep links from podcast templates (see deep_linker.hpp).
#include "search-server/core/deep_linker.hpp"

#include <nlohmann/json.hpp>

#include "common/index_schema.hpp"

namespace podseek {

const std::string& DeepLinker::template_of(const std::string& podcast) {
  auto it = templates_.find(podcast);
  if (it != templates_.end()) return it->second;
  std::string tmpl;
  std::string info = db_.get_metadata(std::string(schema::kPodcastMetadataPrefix) + podcast);
  if (!info.empty()) {
    auto json = nlohmann::json::parse(info, nullptr, false);
    if (json.is_object() && json.contains("deep_link_template") && json["deep_link_template"].is_string()) {
      tmpl = json["deep_link_template"].get<std::string>();
    }
  }
  return templates_[podcast] = tmpl;
}

std::string DeepLinker::link(const std::string& podcast, const Episode& episode, int seconds) {
  return expand_deep_link(override_.empty() ? template_of(podcast) : override_, episode, seconds);
}

}  // namespace podseek
