// The channel level of an RSS feed: document checks, podcast fields, items and duplicates.
#include "indexer/feed/rss_parser.hpp"

#include <map>
#include <set>

#include "common/status.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_publisher.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/rss_item.hpp"
#include "indexer/feed/rss_writer.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

// The <channel> of an <rss> document; throws InputError for anything else.
const xmlNode* find_channel(const xml::ParsedXml& parsed, const std::string& source) {
  const xmlNode* root = parsed.doc ? xmlDocGetRootElement(parsed.doc.get()) : nullptr;
  if (root == nullptr) {
    throw InputError(source + ": not an XML document (" + (parsed.problem.empty() ? "empty" : parsed.problem) + ")");
  }
  std::string name = reinterpret_cast<const char*>(root->name);
  if (!xml::is(root, xml::rss("rss"))) {
    std::string hint = name == "feed" ? " (Atom feeds are not supported)" : "";
    throw InputError(source + ": not an RSS feed: the root element is <" + name + ">, not <rss>" + hint);
  }
  const xmlNode* channel = xml::child(root, xml::rss("channel"));
  if (channel == nullptr) throw InputError(source + ": not an RSS feed: <rss> has no <channel>");
  return channel;
}

ChannelContext read_channel(const xmlNode* channel, const std::string& source, const FeedOptions& options,
                            FeedFetcher& fetcher, Podcast& podcast) {
  podcast.title = html_to_line(xml::text(xml::child(channel, xml::rss("title"))));
  podcast.url = resolve_url(source, xml::text(xml::child(channel, xml::rss("link"))));
  std::string description = xml::text(xml::child(channel, xml::rss("description")));
  if (description.empty()) description = xml::text(xml::child(channel, xml::itunes("summary")));
  podcast.description = html_to_text(description, podcast.url).text;
  podcast.deep_link_template = options.deep_link_template;
  if (podcast.deep_link_template.empty()) {
    const xml::Name deep_link{kPodseekFeedNamespace, "podseek", "deepLinkTemplate"};
    podcast.deep_link_template = xml::text(xml::child(channel, deep_link));
  }

  ChannelContext context;
  context.feed_url = source;
  context.link = podcast.url;
  std::string image = xml::attr(xml::child(channel, xml::itunes("image")), "href");
  if (image.empty()) image = xml::text(xml::child(xml::child(channel, xml::rss("image")), xml::rss("url")));
  context.image_url = resolve_url(source, image);
  podcast.image_url = context.image_url;
  read_persons(channel, context.hosts, context.guests);
  context.options = options;
  context.fetcher = &fetcher;
  return context;
}

std::string item_label(int index, const Episode& episode) {
  std::string title = episode.title;
  cut_utf8(title, 80);
  return "item " + std::to_string(index) + " (\"" + title + "\"): ";
}

// The number makes the episode's id, so it must be unique in the podcast: a repeat is dropped.
// A repeat from another season (numbering that restarts each season, as Apple allows) is counted
// for one feed warning; a repeat within a season (or without seasons) is the item's own problem.
void check_number(Episode& episode, std::map<int, std::set<int>>& seen, std::size_t& season_restarts,
                  std::vector<std::string>& problems) {
  std::set<int>& seasons = seen[*episode.number];
  const int season = episode.season.value_or(-1);
  const bool repeat = !seasons.empty();
  const bool other_season = repeat && season >= 0 && seasons.count(season) == 0 && seasons.count(-1) == 0;
  seasons.insert(season);
  if (!repeat) return;
  if (other_season) {
    ++season_restarts;
  } else {
    problems.push_back("itunes:episode " + std::to_string(*episode.number) + " repeats an earlier item's" +
                       (season >= 0 ? " in season " + std::to_string(season) : std::string()) + "; number dropped");
  }
  episode.number.reset();
}

}  // namespace

FeedParseResult parse_rss(const std::string& xml, const std::string& source_url, FeedFetcher& fetcher,
                          const FeedOptions& options) {
  xml::ParsedXml parsed = xml::read_xml(xml);
  const xmlNode* channel = find_channel(parsed, source_url);
  FeedParseResult result;
  if (parsed.syntax_error) {
    result.warnings.push_back("feed: not well-formed XML, read what could be recovered (" + parsed.problem + ")");
    result.maybe_incomplete = "its XML is not well-formed";
  } else if (!parsed.problem.empty()) {  // namespaces only: nothing is lost
    result.warnings.push_back("feed: a namespace prefix is not declared (" + parsed.problem +
                              "); itunes:, podcast: and the other common prefixes are read as their usual namespaces");
  }
  for (const std::string& notice : parsed.notices) result.warnings.push_back("feed: " + notice);
  ChannelContext context = read_channel(channel, source_url, options, fetcher, result.podcast);
  result.publisher_names = read_publisher_names(channel);
  result.new_feed_url = read_new_feed_url(channel);
  // The title is the podcast's identity in the index (ids, filters, pruning): never guess it.
  if (result.podcast.title.empty()) throw InputError(source_url + ": the channel has no <title>");
  read_channel_listing(channel, result.podcast, result.warnings);
  if (result.podcast.feed_url.empty()) result.podcast.feed_url = source_url;
  context.podcast = &result.podcast;

  std::set<std::string> seen_guids;
  std::map<int, std::set<int>> seen_numbers;  // episode number -> the seasons it was seen in (-1: none)
  std::size_t season_restarts = 0;
  int index = 0;
  for (const xmlNode* item : xml::children(channel, xml::rss("item"))) {
    ++index;
    Episode episode;
    std::vector<std::string> problems;
    bool keep = read_item(item, context, episode, problems);
    if (keep && !seen_guids.insert(episode.guid).second) {
      problems.push_back("duplicate guid \"" + episode.guid + "\"; the earlier item is kept");
      keep = false;
    }
    if (keep && episode.number) check_number(episode, seen_numbers, season_restarts, problems);
    for (const std::string& problem : problems) result.warnings.push_back(item_label(index, episode) + problem);
    if (keep) result.podcast.episodes.push_back(std::move(episode));
  }
  if (index == 0) {
    result.warnings.push_back("feed: the channel has no <item> elements; no episodes");
    if (result.maybe_incomplete.empty()) result.maybe_incomplete = "it has no items";
  }
  if (season_restarts > 0) {
    result.warnings.push_back("feed: episode numbers restart each season; the " + std::to_string(season_restarts) +
                              " items whose number an earlier season has keep their season, not their number "
                              "(podseek numbers episodes across the podcast)");
  }
  if (context.not_fetched > 0) {
    result.warnings.push_back("feed: " + std::to_string(context.not_fetched) + " linked chapters and transcript files not fetched (" +
                              (options.offline ? "--offline" : "--no-transcripts") + ")");
  }
  return result;
}

FeedParseResult read_feed(const std::string& url_or_path, FeedFetcher& fetcher, const FeedOptions& options) {
  FetchResult fetched = fetcher.fetch(url_or_path);
  if (!fetched.ok()) throw InputError(fetched.error);
  // Relative references resolve against where the feed really is, after redirects.
  return parse_rss(fetched.body, fetched.final_url.empty() ? url_or_path : fetched.final_url, fetcher, options);
}

}  // namespace podseek
