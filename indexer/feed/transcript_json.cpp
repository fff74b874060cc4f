// JSON transcripts with nlohmann::json.
#include "indexer/feed/transcript_json.hpp"

#include <nlohmann/json.hpp>

#include "common/ascii_text.hpp"
#include "common/status.hpp"
#include "indexer/feed/json_time.hpp"

namespace podseek {
namespace {

std::string string_field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return ascii::trim(it->get<std::string>());
}

// A time in seconds (json_time.hpp), -1 when the field is missing, -2 when it is not a usable time.
double time_field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return -1;
  std::optional<double> seconds = json_seconds(*it);
  return seconds ? *seconds : -2;
}

}  // namespace

TranscriptRead parse_transcript_json(const std::string& json, const std::string& source,
                                     const TranscriptLimits& limits) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw InputError(source + ": not valid JSON");
  if (!doc.is_object() || !doc.contains("segments") || !doc["segments"].is_array()) {
    throw InputError(source + ": no \"segments\" array");
  }
  TranscriptRead read;
  std::size_t index = 0;
  for (const nlohmann::json& entry : doc["segments"]) {
    ++index;
    if (!entry.is_object()) continue;
    TranscriptCue cue{time_field(entry, "startTime"), time_field(entry, "endTime"), string_field(entry, "speaker"),
                      string_field(entry, "body")};
    if (cue.start == -2) {
      add_transcript_warning(read, "segment " + std::to_string(index) + ": startTime is not a time; skipped");
      continue;
    }
    if (cue.text.empty() || cue.start < 0) continue;
    if (cue.end < cue.start) cue.end = -1;
    if (read.cues.size() >= limits.max_cues) {
      add_transcript_warning(read, "more than " + std::to_string(limits.max_cues) + " segments; the rest dropped");
      break;
    }
    read.cues.push_back(std::move(cue));
  }
  return read;
}

}  // namespace podseek
