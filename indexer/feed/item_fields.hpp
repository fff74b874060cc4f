// What an RSS <item> and an Atom <entry> share on their way to an Episode: the channel they
// inherit from, the rules for a title, an identity, a description, and the iTunes and Podcasting
// 2.0 tags both carry (numbers, duration, artwork, people, listing, itunes:block, chapters and
// transcripts). rss_item.cpp and atom_entry.cpp each read their own elements and call these.
// Internal to the feed readers. Thread safety: one call per thread per fetcher.
#pragma once

#include <cstddef>
#include <libxml/tree.h>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/feed_fetcher.hpp"
#include "indexer/feed/feed_options.hpp"

namespace podseek {

// What an item inherits from its channel.
struct ChannelContext {
  std::string feed_url;  // where the feed came from: base of relative chapter/transcript URLs
  std::string link;      // the channel's link: base of relative item links
  std::string image_url;
  std::vector<std::string> hosts, guests;  // channel-level podcast:person
  FeedOptions options;
  FeedFetcher* fetcher = nullptr;
  const Podcast* podcast = nullptr;  // the channel's fields read so far (language, categories)
  // Chapters and transcript files not fetched because of --offline or --no-transcripts: counted
  // for one warning per feed instead of one per item.
  mutable std::size_t not_fetched = 0;
};

// What became of one item.
enum class ItemRead {
  kKept,     // an episode
  kSkipped,  // nothing to identify or name it by (a warning says which)
  kBlocked,  // itunes:block: the publisher asks not to list it (its id is known, to remove it)
};

// How a title is written: RSS titles are text that hosts fill with HTML (read as HTML, markup
// warned); an Atom title says its type (html and xhtml are markup by right; text is plain).
enum class TitleMarkup { kRssText, kHtml, kPlain };

// The text with each run of white space (line breaks included) one space, trimmed.
std::string one_line(const std::string& text);

// Sets the title from `raw`, cut to options.max_title_bytes (a warning).
void set_title(const std::string& raw, TitleMarkup markup, const FeedOptions& options, Episode& episode,
               std::vector<std::string>& warnings);

// Sets the description (and links) from HTML notes, resolving links against `base`; a cut is a warning.
void set_description(std::string raw, const FeedOptions& options, const std::string& base, Episode& episode,
                     std::vector<std::string>& warnings);

// Sets `published` from `date`, read from `raw`; `element` ("pubDate", "published") names it in
// the warning for a date that is not one, or (`in_standard` false) not in the format's own form,
// `standard` ("RFC 822", "RFC 3339").
void set_published(const std::string& raw, const FeedDate& date, bool in_standard, const char* element,
                   const char* standard, Episode& episode, std::vector<std::string>& warnings);

// Whether an item's id (an RSS guid, an Atom id) can be the episode's page: an http(s) URL that is
// not a media file (many ids are the enclosure's URL).
bool id_is_page(const std::string& id, const Episode& episode);

// An item without its own id (episode.guid "") is identified by its enclosure URL, else its link
// (a warning each, naming the missing `element`: "guid", "id"). False, with a warning, when it
// has none of them.
bool identify(Episode& episode, const char* element, std::vector<std::string>& warnings);

// Every episode needs a title: without one, the description's first line (up to 100 bytes) is used.
// False, with a warning, when there is neither.
bool ensure_title(Episode& episode, std::vector<std::string>& warnings);

// itunes:episode (else a whole podcast:episode) and itunes:duration.
void read_numbers(const xmlNode* item, Episode& episode, std::vector<std::string>& warnings);

// itunes:image, else the channel's artwork.
void read_item_image(const xmlNode* item, const ChannelContext& channel, Episode& episode);

// The rest both formats share, after the format's own fields: people (the item's podcast:person,
// else the channel's), listing tags, then, unless the item is blocked (kBlocked), chapters and
// the transcript. `own_language` (Atom's xml:lang), when not "", is the episode's language.
ItemRead finish_item(const xmlNode* item, const ChannelContext& channel, Episode& episode,
                     std::vector<std::string>& warnings, const std::string& own_language = "");

// Reads podcast:person children of `parent` into hosts (role host or co-host, the default) and guests.
// Returns whether there was any person element.
bool read_persons(const xmlNode* parent, std::vector<std::string>& hosts, std::vector<std::string>& guests);

}  // namespace podseek
