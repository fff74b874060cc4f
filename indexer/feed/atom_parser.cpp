// The feed level of an Atom document (see atom_parser.hpp); entries in atom_entry.cpp.
#include "indexer/feed/atom_parser.hpp"

#include <algorithm>
#include <cstring>

#include "common/status.hpp"
#include "indexer/feed/atom_entry.hpp"
#include "indexer/feed/atom_text.hpp"
#include "indexer/feed/feed_block.hpp"
#include "indexer/feed/feed_items.hpp"
#include "indexer/feed/feed_listing.hpp"
#include "indexer/feed/feed_publisher.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/item_fields.hpp"
#include "indexer/feed/rss_writer.hpp"

namespace podseek {
namespace {

std::string title_line(const AtomText& text) { return text.html ? html_to_line(text.text) : one_line(text.text); }

ChannelContext read_feed_fields(const xmlNode* feed, const std::string& source, const FeedOptions& options,
                                FeedFetcher& fetcher, Podcast& podcast) {
  const std::string base = atom_base(feed, source);
  podcast.title = title_line(atom_text(xml::child(feed, xml::atom("title"))));
  podcast.url = resolve_url(base, atom_link(feed, "alternate"));
  AtomText subtitle = atom_text(xml::child(feed, xml::atom("subtitle")));
  if (subtitle.text.empty()) subtitle = {xml::text(xml::child(feed, xml::itunes("summary"))), true};
  podcast.description = html_to_text(atom_text_as_html(subtitle), podcast.url).text;
  podcast.deep_link_template = options.deep_link_template;
  if (podcast.deep_link_template.empty()) {
    const xml::Name deep_link{kPodseekFeedNamespace, "podseek", "deepLinkTemplate"};
    podcast.deep_link_template = xml::text(xml::child(feed, deep_link));
  }
  ChannelContext context;
  context.feed_url = source;
  context.link = podcast.url.empty() ? base : podcast.url;
  std::string image = xml::attr(xml::child(feed, xml::itunes("image")), "href");
  if (image.empty()) image = xml::text(xml::child(feed, xml::atom("logo")));
  if (image.empty()) image = xml::text(xml::child(feed, xml::atom("icon")));
  context.image_url = resolve_url(base, image);
  podcast.image_url = context.image_url;
  read_persons(feed, context.hosts, context.guests);
  context.options = options;
  context.fetcher = &fetcher;
  return context;
}

// xml:lang where no <language> is said; the feed's <category> after its itunes:category.
void add_atom_listing(const xmlNode* feed, Podcast& podcast) {
  if (podcast.listing.language.empty()) podcast.listing.language = atom_language(feed);
  std::vector<std::string>& categories = podcast.listing.categories;
  for (const xmlNode* category : xml::children(feed, xml::atom("category"))) {
    std::string name = xml::attr(category, "label");
    if (name.empty()) name = xml::attr(category, "term");
    name = html_to_line(name);
    if (cut_utf8(name, ListingLimits::kMaxTextBytes)) name += "…";
    if (name.empty() || categories.size() >= ListingLimits::kMaxCategories) continue;
    if (std::find(categories.begin(), categories.end(), name) == categories.end()) categories.push_back(name);
  }
}

void add_unique(std::vector<std::string>& names, const std::vector<std::string>& more) {
  for (const std::string& name : more) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
}

}  // namespace

bool is_atom_feed(const xmlNode* root) {
  if (root == nullptr || std::strcmp(reinterpret_cast<const char*>(root->name), "feed") != 0) return false;
  return root->ns == nullptr || std::strcmp(reinterpret_cast<const char*>(root->ns->href), xml::kAtom) == 0;
}

FeedParseResult parse_atom(const xml::ParsedXml& parsed, const xmlNode* root, const std::string& source_url,
                           FeedFetcher& fetcher, const FeedOptions& options) {
  FeedParseResult result;
  note_document_problems(parsed, result);
  ChannelContext context = read_feed_fields(root, source_url, options, fetcher, result.podcast);
  // The title is the podcast's identity in the index (ids, filters, pruning): never guess it.
  if (result.podcast.title.empty()) throw InputError(source_url + ": the Atom feed has no <title>");
  std::vector<xmlNode*> entries = xml::children(root, xml::atom("entry"));
  result.publisher_names = read_publisher_names(root);
  add_unique(result.publisher_names, atom_person_names(root));
  for (const xmlNode* entry : entries) add_unique(result.publisher_names, atom_person_names(entry));
  result.new_feed_url = read_new_feed_url(root);
  result.blocked = channel_block_reason(root);
  if (!result.blocked.empty()) return result;  // nothing of it is read further
  read_channel_listing(root, result.podcast, result.warnings);
  add_atom_listing(root, result.podcast);
  if (result.podcast.feed_url.empty()) result.podcast.feed_url = source_url;
  context.podcast = &result.podcast;
  read_items(entries, read_entry, context, "feed", "<entry>", result);
  note_unfetched(context, result);
  return result;
}

}  // namespace podseek
