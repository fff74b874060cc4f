// A time in seconds as JSON chapters and transcripts give it: a number (the specs' form), or a
// string some generators write instead ("90", "12.5", "00:01:30.5"). Internal to podseek_feeds.
// Thread safety: pure function.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/ascii_text.hpp"
#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// nullopt for anything else, a negative time, or one past TranscriptLimits::kMaxCueHours.
inline std::optional<double> json_seconds(const nlohmann::json& value) {
  constexpr double kMaxSeconds = TranscriptLimits::kMaxCueHours * 3600.0;
  std::optional<double> seconds;
  if (value.is_number()) {
    seconds = value.get<double>();
  } else if (value.is_string()) {
    const std::string text = ascii::trim(value.get<std::string>());
    if (text.empty() || text.size() > 32) return std::nullopt;
    if (text.find(':') != std::string::npos) {
      seconds = parse_cue_time(text);
    } else if (text.find_first_not_of("0123456789.") == std::string::npos) {
      char* end = nullptr;
      double number = std::strtod(text.c_str(), &end);
      if (end != nullptr && *end == '\0') seconds = number;
    }
  }
  if (!seconds || !(*seconds >= 0) || *seconds > kMaxSeconds) return std::nullopt;
  return seconds;
}

}  // namespace podseek
