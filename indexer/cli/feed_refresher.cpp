// Re-fetching one known feed (see feed_refresher.hpp).
#include "indexer/cli/feed_refresher.hpp"

#include "common/status.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/opml_reader.hpp"

namespace podseek {
namespace {

constexpr std::size_t kOpmlSniffBytes = 4096;  // an OPML list's root element is within its first bytes

// Reads a fetched feed into `out` (outcome kRead); the URL to remember is where it now lives.
void read_fetched(const std::string& url, const FetchResult& fetched, const SourceOptions& options,
                  FeedRefresh& out) {
  out.read = read_fetched_feed(url, fetched, options);
  out.state.podcast = out.read.podcast.title;
  out.state.url = fetched.moved_to.empty() ? url : fetched.moved_to;
  out.state.etag = fetched.etag;
  out.state.last_modified = fetched.last_modified;
  out.outcome = FeedRefresh::Outcome::kRead;
  if (!fetched.moved_to.empty()) out.notes.push_back("moved permanently to " + fetched.moved_to);
}

// A feed that names a new home (itunes:new-feed-url) is read from there, once.
void follow_new_feed_url(const SourceOptions& options, FeedFetcher& fetcher, FeedRefresh& out) {
  const std::string& next = out.read.new_feed_url;
  if (next.empty() || next == out.state.url || !is_http_url(next)) return;
  FetchResult fetched = fetcher.fetch(next);
  if (!fetched.ok()) {
    out.notes.push_back("itunes:new-feed-url " + next + " could not be fetched (" + fetched.error +
                        "); kept " + out.state.url);
    return;
  }
  try {
    FeedRefresh moved;
    read_fetched(next, fetched, options, moved);
    out.read = std::move(moved.read);
    out.state = moved.state;
    out.notes.push_back("moved to " + out.state.url + " (itunes:new-feed-url)");
  } catch (const InputError& e) {
    out.notes.push_back("itunes:new-feed-url " + next + " is not a feed (" + e.what() + "); kept " + out.state.url);
  }
}

}  // namespace

FeedRefresh refresh_feed(const FeedState& known, const SourceOptions& options) {
  SourceFetcher default_fetcher;
  FeedFetcher& fetcher = options.fetcher != nullptr ? *options.fetcher : default_fetcher;
  FeedRefresh out;
  out.state = known;
  FetchResult fetched = fetcher.fetch_if_changed(known.url, {known.etag, known.last_modified});
  if (!fetched.ok()) {
    out.error = fetched.error;
    return out;
  }
  if (fetched.not_modified) {
    out.outcome = FeedRefresh::Outcome::kNotModified;
    if (!fetched.etag.empty()) out.state.etag = fetched.etag;
    if (!fetched.last_modified.empty()) out.state.last_modified = fetched.last_modified;
    if (!fetched.moved_to.empty()) out.state.url = fetched.moved_to;
    return out;
  }
  try {
    if (looks_like_opml(fetched.body.substr(0, kOpmlSniffBytes))) {
      out.list = parse_opml(fetched.body, fetched.final_url.empty() ? known.url : fetched.final_url);
      out.outcome = FeedRefresh::Outcome::kList;
      return out;
    }
    read_fetched(known.url, fetched, options, out);
  } catch (const InputError& e) {
    out.error = e.what();
    out.outcome = FeedRefresh::Outcome::kFailed;
    return out;
  }
  follow_new_feed_url(options, fetcher, out);
  return out;
}

}  // namespace podseek
