// podseek-indexer: reads episode sources and writes them into a Xapian index, all at once:
// a failed or interrupted run leaves the previous index as it was.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "common/status.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/cli/progress_printer.hpp"
#include "indexer/cli/source_reader.hpp"

namespace {

constexpr const char* kUsage =
    "usage: podseek-indexer --db DIR [--topics FILE] [--overlay FILE] [--deep-link-template T]\n"
    "                       [--no-transcripts] [--offline] [--allow-private-addresses] [--prune] SOURCE...\n"
    "  SOURCE: a podseek corpus (.json), a podcast-app episode page (.txt), an RSS feed\n"
    "          (an http(s) URL or an .xml file; its chapters and transcripts are fetched too),\n"
    "          or an OPML subscription list (.opml file: every feed in it, each on its own line).\n"
    "  --topics FILE   topics to tag episodes with (data/topics.json)\n"
    "  --overlay FILE  hand-kept facts applied to episode pages (data/netstack-overlay.json)\n"
    "  --deep-link-template T  for feeds: how a moment becomes a link, e.g.\n"
    "                  'https://netstack.fm/?t={seconds}#episode-{episode}' (default: the feed's own\n"
    "                  podseek:deepLinkTemplate, else the episode link with t=seconds)\n"
    "  --no-transcripts  for feeds: do not fetch podcast:transcript files\n"
    "  --offline       for feeds: fetch nothing a feed links to (chapters, transcripts)\n"
    "  --allow-private-addresses  let feeds fetched over HTTP name loopback, link-local and\n"
    "                  private addresses (refused by default)\n"
    "  --prune         remove indexed episodes of these podcasts that the sources no longer have\n"
    "  A source that cannot be read is reported on its own line and skipped; the others are indexed\n"
    "  (exit status 1 when any source failed).\n"
    "  Large sources show their progress on stderr about once a second.\n";

struct Args {
  std::string db;
  std::string topics;
  podseek::SourceOptions source_options;
  bool prune = false;
  std::vector<std::string> sources;
};

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
    } else if (arg == "--prune") {
      args.prune = true;
    } else if (arg.rfind("--", 0) == 0) {
      usage_error("unknown option " + arg);
    } else {
      args.sources.push_back(arg);
    }
  }
  if (args.db.empty()) usage_error("--db is required");
  if (args.sources.empty()) usage_error("at least one SOURCE is required");
  return args;
}

void print_report(const std::string& source, const podseek::IndexReport& report) {
  std::cout << source << ": " << report.added << " added, " << report.updated << " updated, " << report.unchanged
            << " unchanged, " << report.removed << " removed, " << report.warnings.size() << " warnings\n";
  for (const auto& warning : report.warnings) std::cout << "  warning: " << warning << "\n";
}

// The sources with each OPML list replaced by its feeds; a list that cannot be read is reported.
std::vector<std::string> expand_opml(const std::vector<std::string>& sources, bool& any_failed) {
  std::vector<std::string> expanded;
  for (const std::string& source : sources) {
    try {
      if (!podseek::is_opml_source(source)) {
        expanded.push_back(source);
        continue;
      }
      podseek::OpmlRead list = podseek::read_opml_file(source);
      std::cout << source << ": OPML list of " << list.feeds.size() << " feeds, " << list.warnings.size() << " warnings\n";
      for (const auto& warning : list.warnings) std::cout << "  warning: " << warning << "\n";
      for (const auto& feed : list.feeds) expanded.push_back(feed.url);
    } catch (const std::exception& e) {
      std::cout << source << ": error: " << e.what() << "; not indexed\n";
      any_failed = true;
    }
  }
  return expanded;
}

// Reads one source; any failure is reported on its own line and the run goes on.
std::optional<podseek::SourceRead> read_one(const std::string& source, const podseek::SourceOptions& options) {
  try {
    return podseek::read_source(source, options);
  } catch (const podseek::InputError& e) {
    std::cout << source << ": error: " << e.what() << "; not indexed\n";
  } catch (const std::exception& e) {
    std::cout << source << ": error: " << e.what() << " (unexpected); not indexed\n";
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  Args args = parse_args(argc, argv);
  try {
    podseek::TopicTagger tagger = args.topics.empty() ? podseek::TopicTagger() : podseek::TopicTagger::load_file(args.topics);
    // Read every source before touching the index: a source that fails changes nothing.
    std::vector<std::pair<std::string, podseek::SourceRead>> reads;
    bool any_failed = false;
    for (const auto& source : expand_opml(args.sources, any_failed)) {
      std::optional<podseek::SourceRead> read = read_one(source, args.source_options);
      if (read) {
        reads.emplace_back(source, std::move(*read));
      } else {
        any_failed = true;
      }
    }
    if (reads.empty()) {
      std::cerr << "podseek-indexer: no source could be read\nthe index was not changed\n";
      return 1;
    }
    podseek::IndexWriter writer(args.db, std::move(tagger));
    for (auto& [source, read] : reads) {
      podseek::ProgressPrinter progress(std::cerr, source);
      podseek::IndexReport report = writer.add_podcast(read.podcast, args.prune, progress.callback());
      // A feed's warnings (each naming its item) come first: they explain what was indexed.
      report.warnings.insert(report.warnings.begin(), read.warnings.begin(), read.warnings.end());
      print_report(source, report);
    }
    writer.commit();
    std::cout << "index committed: " << args.db << "\n";
    return any_failed ? 1 : 0;
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
