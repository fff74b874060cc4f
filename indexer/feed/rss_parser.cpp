// The channel level of an RSS feed: document checks, podcast fields; items in feed_items.cpp.
// parse_feed sends an Atom document to atom_parser.cpp.
#include "indexer/feed/rss_parser.hpp"

#include "common/status.hpp"
#include "indexer/feed/atom_parser.hpp"
#include "indexer/feed/feed_block.hpp"
#include "indexer/feed/feed_items.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_publisher.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/rss_item.hpp"
#include "indexer/feed/rss_writer.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

// The root element of a parsed document; throws InputError when there is none.
const xmlNode* root_of(const xml::ParsedXml& parsed, const std::string& source) {
  const xmlNode* root = parsed.doc ? xmlDocGetRootElement(parsed.doc.get()) : nullptr;
  if (root == nullptr) {
    throw InputError(source + ": not an XML document (" + (parsed.problem.empty() ? "empty" : parsed.problem) + ")");
  }
  return root;
}

// The <channel> of an <rss> document; throws InputError for anything else.
const xmlNode* find_channel(const xmlNode* root, const std::string& source) {
  std::string name = reinterpret_cast<const char*>(root->name);
  if (!xml::is(root, xml::rss("rss"))) {
    throw InputError(source + ": not an RSS feed: the root element is <" + name + ">, not <rss>");
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

FeedParseResult parse_rss_document(const xml::ParsedXml& parsed, const xmlNode* root, const std::string& source_url,
                                   FeedFetcher& fetcher, const FeedOptions& options) {
  const xmlNode* channel = find_channel(root, source_url);
  FeedParseResult result;
  note_document_problems(parsed, result);
  ChannelContext context = read_channel(channel, source_url, options, fetcher, result.podcast);
  result.publisher_names = read_publisher_names(channel);
  result.new_feed_url = read_new_feed_url(channel);
  // The title is the podcast's identity in the index (ids, filters, pruning): never guess it.
  if (result.podcast.title.empty()) throw InputError(source_url + ": the channel has no <title>");
  result.blocked = channel_block_reason(channel);
  if (!result.blocked.empty()) return result;  // nothing of it is read further
  read_channel_listing(channel, result.podcast, result.warnings);
  if (result.podcast.feed_url.empty()) result.podcast.feed_url = source_url;
  context.podcast = &result.podcast;
  read_items(xml::children(channel, xml::rss("item")), read_item, context, "channel", "<item>", result);
  note_unfetched(context, result);
  return result;
}

}  // namespace

FeedParseResult parse_feed(const std::string& xml, const std::string& source_url, FeedFetcher& fetcher,
                           const FeedOptions& options) {
  xml::ParsedXml parsed = xml::read_xml(xml);
  const xmlNode* root = root_of(parsed, source_url);
  if (is_atom_feed(root)) return parse_atom(parsed, root, source_url, fetcher, options);
  return parse_rss_document(parsed, root, source_url, fetcher, options);
}

FeedParseResult parse_rss(const std::string& xml, const std::string& source_url, FeedFetcher& fetcher,
                          const FeedOptions& options) {
  xml::ParsedXml parsed = xml::read_xml(xml);
  return parse_rss_document(parsed, root_of(parsed, source_url), source_url, fetcher, options);
}

FeedParseResult read_feed(const std::string& url_or_path, FeedFetcher& fetcher, const FeedOptions& options) {
  FetchResult fetched = fetcher.fetch(url_or_path);
  if (!fetched.ok()) throw InputError(fetched.error);
  // Relative references resolve against where the feed really is, after redirects.
  return parse_feed(fetched.body, fetched.final_url.empty() ? url_or_path : fetched.final_url, fetcher, options);
}

}  // namespace podseek
