// The episode model shared by every part of podseek: what the indexer reads from a corpus,
// a page or a feed, and what the search server returns. Plain data, no I/O.
// Thread safety: plain values.
#pragma once

#include <cstddef>
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
  std::string url;        // a page about the chapter's subject, "" when none
  std::string image_url;  // the chapter's artwork, "" when none
};

// Where one cue of a transcript passage begins: its byte offset in the passage's text and its start.
struct CueStart {
  std::size_t offset = 0;
  int start_seconds = 0;
};

// One timed passage of a transcript (from a feed's podcast:transcript): cues of one speaker said
// without a pause, joined. A search hit lands on the cue that holds the matching word.
struct TranscriptSegment {
  int start_seconds = 0;
  std::string speaker;         // "" when unknown
  std::string text;
  std::vector<CueStart> cues;  // in offset order, the first at 0; empty = one cue at start_seconds
};

// The start of the cue of `segment` that holds byte `offset` of its text.
int cue_start_at(const TranscriptSegment& segment, std::size_t offset);

// A moment a podcast suggests for sharing (podcast:soundbite).
struct Soundbite {
  double start_seconds = 0;
  double duration_seconds = 0;
  std::string title;  // "" when the feed gives none
};

// What a feed says about a podcast or an episode for listeners and directories.
struct Listing {
  std::string language;                 // <language>, e.g. "de-DE"; "" when unknown
  std::vector<std::string> categories;  // itunes:category, nested ones as "Technology > Podcasting"
  std::vector<std::string> keywords;    // itunes:keywords
  std::optional<bool> explicit_content; // itunes:explicit; nullopt when not said
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
  std::string enclosure_type;       // its MIME type (<enclosure type>), "" when not said
  std::optional<long long> enclosure_length;  // its size in bytes (<enclosure length>), when said and > 0
  std::string image_url;
  std::optional<int> duration_seconds;
  // Listing: the episode's own keywords and explicit flag; language and categories are its podcast's.
  Listing listing;
  std::optional<int> season;        // itunes:season or podcast:season
  std::string episode_type;         // itunes:episodeType: "full", "trailer", "bonus"; "" when not said
  std::vector<Soundbite> soundbites;
};

struct Podcast {
  std::string title;                // e.g. "netstack.fm"
  std::string url;                  // the podcast's home page
  std::string description;
  // How a chapter start becomes a link; placeholders {episode}, {seconds}, {hms}, {url}.
  // "" means the default: the episode url with t=seconds, or the enclosure with #t=.
  std::string deep_link_template;
  Listing listing;
  std::string image_url;  // the channel's artwork
  std::string guid;       // podcast:guid
  std::string feed_url;   // the feed's own address: atom:link rel="self", else where it was read
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

// The podcast's id: the part of each of its episode ids before the '/' ("netstack.fm"),
// made from its title (lower case letters, digits and '.'; anything else becomes '-').
std::string podcast_id(const std::string& podcast_title);

// Expands a deep-link template for one moment of an episode. An empty template means the
// default: the episode's url with a t=SECONDS query parameter (before any #fragment), or the
// enclosure URL with a #t=SECONDS media fragment when the episode has no url.
std::string expand_deep_link(const std::string& tmpl, const Episode& episode, int seconds);

}  // namespace podseek
