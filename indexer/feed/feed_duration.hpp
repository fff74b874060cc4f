// Reads itunes:duration as hosts write it: seconds ("3725", "3725.5"), "MM:SS", "H:MM:SS" (with
// a fraction, "1:02:03.500"), ISO 8601 ("PT1H2M3S") and units ("1h 2m", "45 min").
// Thread safety: pure function.
#pragma once

#include <optional>
#include <string>

namespace podseek {

// The whole seconds of `text` (fractions dropped); nullopt when it is none of the forms above,
// or negative, or over 9,999 hours. "0" and "00:00:00" read as 0: the caller decides what a
// zero means (hosts write it for "not known").
std::optional<int> parse_feed_duration(const std::string& text);

}  // namespace podseek
