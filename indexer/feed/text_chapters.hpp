// Finds a chapter list written as timestamps in an episode's description: one per line
// ("00:00 Intro", "[12:27] Understanding …", "1:02:03 - Outro") or run together as netstack.fm's
// notes read once the HTML is gone ("Chapters00:00 Intro00:38 Introduction to Max Inden03:27 …").
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Returns the chapters in order, or {} when the text has fewer than two increasing timestamps.
// A timestamp that does not come after the previous one is read as part of a title.
// In a run-together list the last title ends at the line's end or at the first place where a
// lower-case letter is glued to an upper-case one ("OutroNetstack.FM" -> "Outro").
std::vector<Chapter> chapters_from_text(const std::string& text);

}  // namespace podseek
