// JSON chapters with nlohmann::json.
#include "indexer/feed/chapters_json.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "common/ascii_text.hpp"
#include "common/status.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/json_time.hpp"

namespace podseek {
namespace {

std::string string_field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::vector<Chapter> parse_chapters_json(const std::string& json, const std::string& source,
                                         std::vector<std::string>* warnings) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw InputError(source + ": not valid JSON");
  if (!doc.is_object() || !doc.contains("chapters") || !doc["chapters"].is_array()) {
    throw InputError(source + ": no \"chapters\" array");
  }
  std::vector<Chapter> chapters;
  std::size_t index = 0, bad_starts = 0;
  for (const nlohmann::json& entry : doc["chapters"]) {
    ++index;
    if (!entry.is_object()) continue;
    const auto toc = entry.find("toc");
    if (toc != entry.end() && toc->is_boolean() && !toc->get<bool>()) continue;
    const std::string title = ascii::trim(string_field(entry, "title"));
    if (title.empty()) continue;
    const auto start = entry.find("startTime");
    std::optional<double> seconds = start != entry.end() ? json_seconds(*start) : std::nullopt;
    if (!seconds) {
      if (warnings != nullptr && bad_starts++ == 0) {
        warnings->push_back(source + ": chapter " + std::to_string(index) + " (\"" + title.substr(0, 60) +
                            "\") has no startTime in seconds; skipped");
      }
      continue;
    }
    chapters.push_back({title, static_cast<int>(std::floor(*seconds)), resolve_url(source, string_field(entry, "url")),
                        resolve_url(source, string_field(entry, "img"))});
  }
  if (warnings != nullptr && bad_starts > 1) {
    warnings->push_back(source + ": " + std::to_string(bad_starts - 1) + " more chapters without a startTime skipped");
  }
  std::stable_sort(chapters.begin(), chapters.end(),
                   [](const Chapter& a, const Chapter& b) { return a.start_seconds < b.start_seconds; });
  // Starts must increase strictly (each chapter runs to the next): of equal starts, keep the first.
  auto same_start = [](const Chapter& a, const Chapter& b) { return a.start_seconds == b.start_seconds; };
  chapters.erase(std::unique(chapters.begin(), chapters.end(), same_start), chapters.end());
  return chapters;
}

}  // namespace podseek
