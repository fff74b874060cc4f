// podseek-indexer: reads episode sources and writes them into a Xapian index, all at once:
// a failed or interrupted run leaves the previous index as it was.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"
#include "indexer/cli/index_run.hpp"

namespace {

constexpr const char* kUsage =
    "usage: podseek-indexer --db DIR [--topics FILE] [--overlay FILE] [--deep-link-template T]\n"
    "                       [--no-transcripts] [--offline] [--allow-private-addresses] [--prune] [--refresh]\n"
    "                       [--shards N] SOURCE...\n"
    "  SOURCE: a podseek corpus (.json), a podcast-app episode page (.txt), an RSS feed\n"
    "          (an http(s) URL or an .xml file; its chapters and transcripts are fetched too),\n"
    "          or an OPML subscription list (an .opml file or an http(s) URL: every feed in it,\n"
    "          each on its own line).\n"
    "  --topics FILE   topics to tag episodes with (data/topics.json)\n"
    "  --overlay FILE  hand-kept facts applied to episode pages (data/netstack-overlay.json)\n"
    "  --deep-link-template T  for feeds: how a moment becomes a link, e.g.\n"
    "                  'https://netstack.fm/?t={seconds}#episode-{episode}' (default: the feed's own\n"
    "                  podseek:deepLinkTemplate, else the episode link with t=seconds)\n"
    "  --no-transcripts  for feeds: do not fetch podcast:transcript files\n"
    "  --offline       for feeds: fetch nothing a feed links to (chapters, transcripts)\n"
    "  --allow-private-addresses  let feeds fetched over HTTP name loopback, link-local and\n"
    "                  private addresses (refused by default)\n"
    "  --shards N      create DIR as N shards (2..64) beside a small dictionary database and a stub\n"
    "                  file DIR/XAPIANDB listing them; each episode goes to shard FNV-1a(id) mod N.\n"
    "                  Later runs keep the layout (--shards may be left out). See README, Deployment.\n"
    "  --prune         remove indexed episodes of these podcasts that the sources no longer have\n"
    "                  (not for a feed that is not well-formed XML or has no items)\n"
    "  A source that cannot be read is reported on its own line and skipped; the others are indexed\n"
    "  (exit status 1 when any source failed).\n"
    "  --refresh       re-fetch every feed the index already holds (each on its own line; one that\n"
    "                  fails does not stop the others, and makes the exit status 1); SOURCE optional\n"
    "  Feeds given as URLs are remembered with their ETag/Last-Modified and fetched conditionally.\n"
    "  Large sources show their progress on stderr about once a second.\n";

using Args = podseek::IndexRunOptions;

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "podseek-indexer: " << message << "\n" << kUsage;
  std::exit(2);
}

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg == "--db") {
      args.db = value();
    } else if (arg == "--topics") {
      args.topics = value();
    } else if (arg == "--overlay") {
      args.source_options.overlay_path = value();
    } else if (arg == "--deep-link-template") {
      args.source_options.feed.deep_link_template = value();
    } else if (arg == "--no-transcripts") {
      args.source_options.feed.fetch_transcripts = false;
    } else if (arg == "--offline") {
      args.source_options.feed.offline = true;
    } else if (arg == "--allow-private-addresses") {
      args.source_options.feed.allow_private_addresses = true;
    } else if (arg == "--shards") {
      std::string text = value();
      if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos) {
        usage_error("--shards needs a whole number, not \"" + text + "\"");
      }
      args.shards = static_cast<unsigned>(std::stoul(text));
      if (args.shards < 1) usage_error("--shards needs at least 1");
    } else if (arg == "--prune") {
      args.prune = true;
    } else if (arg == "--refresh") {
      args.refresh = true;
    } else if (arg.rfind("--", 0) == 0) {
      usage_error("unknown option " + arg);
    } else {
      args.sources.push_back(arg);
    }
  }
  if (args.db.empty()) usage_error("--db is required");
  if (args.sources.empty() && !args.refresh) usage_error("at least one SOURCE is required (or --refresh)");
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  Args args = parse_args(argc, argv);
  try {
    return podseek::run_indexer(args, std::cout);
  } catch (const podseek::InputError& e) {
    std::cerr << "podseek-indexer: " << e.what() << "\nthe index was not changed\n";
    return 1;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "podseek-indexer: " << args.db << ": another indexer is writing this index\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "podseek-indexer: " << args.db << ": " << e.get_description() << "\nthe index was not changed\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "podseek-indexer: " << e.what() << "\nthe index was not changed\n";
    return 1;
  }
}
