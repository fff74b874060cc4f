// Dispatch from a SOURCE to its reader (see source_reader.hpp).
#include "indexer/cli/source_reader.hpp"

#include <fstream>

#include "common/corpus_json.hpp"
#include "common/guest_inference.hpp"
#include "common/input_limits.hpp"
#include "common/status.hpp"
#include "indexer/page/corpus_overlay.hpp"
#include "indexer/page/episode_page_importer.hpp"
#include "indexer/feed/rss_parser.hpp"

namespace podseek {
namespace {

constexpr std::size_t kSniffBytes = 4096;

bool is_url(const std::string& source) {
  return source.rfind("http://", 0) == 0 || source.rfind("https://", 0) == 0;
}

std::string first_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot be read");
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

char first_non_space(const std::string& text) {
  std::size_t at = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 byte-order mark
  at = text.find_first_not_of(" \t\r\n", at);
  return at == std::string::npos ? '\0' : text[at];
}

SourceRead read_feed_source(const std::string& source, const SourceOptions& options) {
  SourceFetcher default_fetcher;
  FeedFetcher& fetcher = options.fetcher != nullptr ? *options.fetcher : default_fetcher;
  FetchResult fetched = fetcher.fetch(source);
  if (!fetched.ok()) throw InputError(fetched.error);
  return read_fetched_feed(source, fetched, options);
}

}  // namespace

SourceKind detect_source_kind(const std::string& source, const std::string& head) {
  if (is_url(source)) return SourceKind::kFeed;
  char first = first_non_space(head);
  if (first == '{') return SourceKind::kCorpusJson;
  if (first == '<') return looks_like_opml(head) ? SourceKind::kOpml : SourceKind::kFeed;
  if (looks_like_episode_page(head)) return SourceKind::kEpisodePage;
  throw InputError(source + ": not a podseek corpus (JSON), an episode page or a feed (XML)");
}

bool is_opml_source(const std::string& source) {
  if (is_url(source)) return false;
  std::ifstream in(source, std::ios::binary);
  if (!in) return false;
  try {
    return detect_source_kind(source, first_bytes(source)) == SourceKind::kOpml;
  } catch (const InputError&) {
    return false;  // not a source of any kind: read_source reports it on its own line
  }
}

OpmlRead read_opml_file(const std::string& path) {
  FileFetcher files;
  FetchResult fetched = files.fetch(path);
  if (!fetched.ok()) throw InputError(fetched.error);
  return parse_opml(fetched.body, path);
}

SourceRead read_source(const std::string& source, const SourceOptions& options) {
  std::string head = is_url(source) ? "" : first_bytes(source);
  switch (detect_source_kind(source, head)) {
    case SourceKind::kCorpusJson: {
      SourceRead read;
      read.podcast = load_corpus_file(source, read.warnings);
      infer_guests(read.podcast);
      return read;
    }
    case SourceKind::kEpisodePage: {
      SourceRead read{import_episode_page_file(source), {}, ""};
      if (!options.overlay_path.empty()) apply_overlay_file(read.podcast, options.overlay_path);
      apply_input_limits(read.podcast, source, &read.warnings);
      validate_podcast(read.podcast, source);
      infer_guests(read.podcast);
      return read;
    }
    case SourceKind::kFeed:
      return read_feed_source(source, options);
    case SourceKind::kOpml:
      throw InputError(source + ": an OPML list of feeds, not a feed (read it with read_opml_file)");
  }
  throw InputError(source + ": unknown kind of source");
}

SourceRead read_fetched_feed(const std::string& source, const FetchResult& fetched, const SourceOptions& options) {
  SourceFetcher default_fetcher;
  FeedFetcher& fetcher = options.fetcher != nullptr ? *options.fetcher : default_fetcher;
  // Relative references resolve against where the feed really is, after redirects.
  const std::string& base = fetched.final_url.empty() ? source : fetched.final_url;
  FeedParseResult feed = parse_feed(fetched.body, base, fetcher, options.feed);
  apply_input_limits(feed.podcast, source, &feed.warnings);
  validate_podcast(feed.podcast, source);
  infer_guests(feed.podcast, feed.publisher_names);
  return {std::move(feed.podcast), std::move(feed.warnings), std::move(feed.new_feed_url),
          std::move(feed.maybe_incomplete)};
}

}  // namespace podseek
