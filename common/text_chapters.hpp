// The one chapter-list splitter, for every source: finds a chapter list written as timestamps in an
// episode's text, one per line ("00:00 Intro", "[12:27] Understanding …", "1:02:03 - Outro") or run
// together as netstack.fm's notes and episode page read ("Chapters00:00 Intro00:38 Introduction to
// Max Inden03:27 …"). Used by the feed reader (descriptions) and the episode page importer.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// A chapter list found in a text, and the bytes [begin, end) it takes there.
struct TextChapters {
  std::vector<Chapter> chapters;  // empty when the text has none
  std::size_t begin = 0, end = 0;
};

// Returns the chapters in order, or {} when the text has fewer than two increasing timestamps.
// A timestamp that does not come after the previous one is read as part of a title.
// In a run-together list the last title ends at the line's end or at the first place where a
// lower-case letter is glued to an upper-case one ("OutroNetstack.FM" -> "Outro").
TextChapters find_text_chapters(const std::string& text);
std::vector<Chapter> chapters_from_text(const std::string& text);  // find_text_chapters(text).chapters

// The text without its chapter list and a "Chapters" or "Timestamps" heading just before it, so
// that chapter titles, indexed as chapters, are not counted again as description words.
std::string without_chapter_list(const std::string& text, const TextChapters& found);

}  // namespace podseek
