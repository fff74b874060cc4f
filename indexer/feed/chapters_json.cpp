// JSON chapters with nlohmann::json.
#include "indexer/feed/chapters_json.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "common/status.hpp"

namespace podseek {

std::vector<Chapter> parse_chapters_json(const std::string& json, const std::string& source) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw InputError(source + ": not valid JSON");
  if (!doc.is_object() || !doc.contains("chapters") || !doc["chapters"].is_array()) {
    throw InputError(source + ": no \"chapters\" array");
  }
  std::vector<Chapter> chapters;
  for (const nlohmann::json& entry : doc["chapters"]) {
    if (!entry.is_object()) continue;
    const auto toc = entry.find("toc");
    if (toc != entry.end() && toc->is_boolean() && !toc->get<bool>()) continue;
    const auto title = entry.find("title");
    const auto start = entry.find("startTime");
    if (title == entry.end() || !title->is_string() || start == entry.end() || !start->is_number()) continue;
    double seconds = start->get<double>();
    if (!(seconds >= 0) || seconds > 1e7) continue;
    chapters.push_back({title->get<std::string>(), static_cast<int>(std::floor(seconds))});
  }
  std::stable_sort(chapters.begin(), chapters.end(),
                   [](const Chapter& a, const Chapter& b) { return a.start_seconds < b.start_seconds; });
  // Starts must increase strictly (each chapter runs to the next): of equal starts, keep the first.
  auto same_start = [](const Chapter& a, const Chapter& b) { return a.start_seconds == b.start_seconds; };
  chapters.erase(std::unique(chapters.begin(), chapters.end(), same_start), chapters.end());
  return chapters;
}

}  // namespace podseek
