// The episode model shared by every part of podseek: what the indexer reads from a corpus,
// a page or a feed, and what the search server returns. Plain data, no I/O.
// Thread safety: plain values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace podseek {

// A show-note link: the URL and the text that labels it ("" when the notes give none).
struct Link {
  std::string url;
  std::string label;
};

// A chapter starts at start_seconds and runs to the next chapter's start (or the episode's end).
struct Chapter {
  std::string title;
  int start_seconds = 0;
};

// One timed piece of a transcript (from a feed's podcast:transcript).
struct TranscriptSegment {
  int start_seconds = 0;
  std::string speaker;  // "" when unknown
  std::string text;
};

struct Episode {
  std::string guid;                 // unique within its podcast; stable across re-imports
  std::optional<int> number;        // the episode number within the podcast, when known
  std::string title;
  std::string url;                  // canonical web page of the episode
  std::string published;            // ISO 8601 date or date-time, "" when unknown
  std::vector<std::string> guests;
  std::vector<std::string> hosts;
  // Where an inferred guest's name came from (guest_inference.hpp): guest → "title" or
  // "description". A guest not in it was named by the source itself ("person").
  std::map<std::string, std::string> guest_sources;
  std::string description;          // plain text
  std::vector<Link> links;          // show notes
  std::vector<Chapter> chapters;    // in increasing start order
  std::vector<TranscriptSegment> transcript;
  std::string enclosure_url;        // the audio file, "" when unknown
  std::string image_url;
  std::optional<int> duration_seconds;
};

struct Podcast {
  std::string title;                // e.g. "netstack.fm"
  std::string url;                  // the podcast's home page
  std::string description;
  // How a chapter start becomes a link; placeholders {episode}, {seconds}, {hms}, {url}.
  // "" means the default: the episode url with t=seconds, or the enclosure with #t=.
  std::string deep_link_template;
  std::vector<Episode> episodes;
};

// "MM:SS" below an hour, "H:MM:SS" from an hour on. REQUIRES: seconds >= 0.
std::string format_timestamp(int seconds);

// Parses "SS", "MM:SS" or "H:MM:SS" (each field after the first two digits wide).
// Returns nullopt for anything else.
std::optional<int> parse_timestamp(const std::string& text);

// The id of an episode, unique across podcasts and stable across re-indexing:
// "<podcast>/<number>" when the episode has a number, else "<podcast>/<guid>".
std::string episode_id(const Podcast& podcast, const Episode& episode);

// Expands a deep-link template for one moment of an episode. An empty template means the
// default: the episode's url with a t=SECONDS query parameter (before any #fragment), or the
// enclosure URL with a #t=SECONDS media fragment when the episode has no url.
std::string expand_deep_link(const std::string& tmpl, const Episode& episode, int seconds);

}  // namespace podseek
