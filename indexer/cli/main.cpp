// podseek-indexer: reads episode sources and writes them into a Xapian index, all at once:
// a failed or interrupted run leaves the previous index as it was.
#include <cstdlib>
#include <iostream>
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
    "                       [--no-transcripts] [--prune] SOURCE...\n"
    "  SOURCE: a podseek corpus (.json), a podcast-app episode page (.txt), or an RSS feed\n"
    "          (an http(s) URL or an .xml file; its chapters and transcripts are fetched too).\n"
    "  --topics FILE   topics to tag episodes with (data/topics.json)\n"
    "  --overlay FILE  hand-kept facts applied to episode pages (data/netstack-overlay.json)\n"
    "  --deep-link-template T  for feeds: how a moment becomes a link, e.g.\n"
    "                  'https://netstack.fm/?t={seconds}#episode-{episode}' (default: the feed's own\n"
    "                  podseek:deepLinkTemplate, else the episode link with t=seconds)\n"
    "  --no-transcripts  for feeds: do not fetch podcast:transcript files\n"
    "  --prune         remove indexed episodes of these podcasts that the sources no longer have\n"
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

}  // namespace

int main(int argc, char** argv) {
  Args args = parse_args(argc, argv);
  try {
    podseek::TopicTagger tagger = args.topics.empty() ? podseek::TopicTagger() : podseek::TopicTagger::load_file(args.topics);
    // Read every source before touching the index, so bad input changes nothing.
    std::vector<podseek::SourceRead> reads;
    for (const auto& source : args.sources) reads.push_back(podseek::read_source(source, args.source_options));
    podseek::IndexWriter writer(args.db, std::move(tagger));
    for (std::size_t i = 0; i < reads.size(); ++i) {
      podseek::ProgressPrinter progress(std::cerr, args.sources[i]);
      podseek::IndexReport report = writer.add_podcast(reads[i].podcast, args.prune, progress.callback());
      // A feed's warnings (each naming its item) come first: they explain what was indexed.
      report.warnings.insert(report.warnings.begin(), reads[i].warnings.begin(), reads[i].warnings.end());
      print_report(args.sources[i], report);
    }
    writer.commit();
    std::cout << "index committed: " << args.db << "\n";
    return 0;
  } catch (const podseek::InputError& e) {
    std::cerr << "podseek-indexer: " << e.what() << "\nthe index was not changed\n";
    return 1;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "podseek-indexer: " << args.db << ": another indexer is writing this index\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "podseek-indexer: " << args.db << ": " << e.get_description() << "\nthe index was not changed\n";
    return 1;
  }
}
