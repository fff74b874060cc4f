// JSON transcripts with nlohmann::json.
#include "indexer/feed/transcript_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "common/status.hpp"

namespace podseek {
namespace {

std::string string_field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  std::string value = it->get<std::string>();
  std::size_t begin = value.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  return value.substr(begin, value.find_last_not_of(" \t\r\n") - begin + 1);
}

}  // namespace

std::vector<TranscriptSegment> parse_transcript_json(const std::string& json, const std::string& source) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw InputError(source + ": not valid JSON");
  if (!doc.is_object() || !doc.contains("segments") || !doc["segments"].is_array()) {
    throw InputError(source + ": no \"segments\" array");
  }
  std::vector<TranscriptSegment> segments;
  for (const nlohmann::json& entry : doc["segments"]) {
    if (!entry.is_object()) continue;
    std::string body = string_field(entry, "body");
    auto start = entry.find("startTime");
    if (body.empty() || start == entry.end() || !start->is_number()) continue;
    double seconds = start->get<double>();
    if (!(seconds >= 0) || seconds > 1e7) continue;
    segments.push_back({static_cast<int>(std::floor(seconds)), string_field(entry, "speaker"), body});
  }
  return segments;
}

}  // namespace podseek
