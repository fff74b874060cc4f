// Reads one indexer SOURCE into the episode model, whatever its kind: a podseek corpus JSON
// file, a podcast-app episode page (plain text) with an optional hand-kept overlay, or an RSS
// feed (an http(s) URL or an XML file) with the chapters and transcripts it points to; an OPML
// subscription list names feeds (is_opml_source, read_opml_file).
// Thread safety: free functions without shared state.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/feed_fetcher.hpp"
#include "indexer/feed/feed_options.hpp"
#include "indexer/feed/opml_reader.hpp"

namespace podseek {

enum class SourceKind { kCorpusJson, kEpisodePage, kFeed, kOpml };

struct SourceOptions {
  std::string overlay_path;        // applied to episode pages; "" = none
  FeedOptions feed;                // limits and settings for feeds
  FeedFetcher* fetcher = nullptr;  // fetches feeds and their attachments; nullptr = a SourceFetcher
};

// What a source gave: the podcast, and the problems it survived (each names its item or field),
// such as fields cut to InputLimits.
struct SourceRead {
  Podcast podcast;
  std::vector<std::string> warnings;
  std::string new_feed_url;  // feeds: the channel's itunes:new-feed-url, "" when none
  // Why the source may not hold all its episodes ("" when whole; FeedParseResult::maybe_incomplete):
  // --prune then leaves the podcast's other episodes in the index.
  std::string maybe_incomplete;
};

// Tells a source's kind from its name and first bytes. Throws InputError for a source that is
// none of the kinds podseek reads.
SourceKind detect_source_kind(const std::string& source, const std::string& head);

// Whether `source` is a local OPML subscription list (an XML file whose root is <opml>).
bool is_opml_source(const std::string& source);

// The feeds of a local OPML file, with its warnings. Throws InputError naming it when it cannot be
// read or is not OPML.
OpmlRead read_opml_file(const std::string& path);


// Every kind: guests are inferred where the source names none (common/guest_inference.hpp).
// Reads and checks a source (validate_podcast). Throws InputError naming the source and the place
// of a problem; a feed that cannot be fetched is one too.
SourceRead read_source(const std::string& source, const SourceOptions& options);

// Reads a feed already fetched from `source` (its attachments are fetched with options.fetcher)
// the way read_source reads a feed. Throws InputError naming the source.
SourceRead read_fetched_feed(const std::string& source, const FetchResult& fetched, const SourceOptions& options);

}  // namespace podseek
