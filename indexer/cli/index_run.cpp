// A whole indexer run (see index_run.hpp).
#include "indexer/cli/index_run.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

#include "common/status.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/cli/feed_refresher.hpp"
#include "indexer/cli/progress_printer.hpp"
#include "indexer/feed/attachment_policy.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/index/index_writer.hpp"

namespace podseek {
namespace {

// One source read and ready to write, or a feed found unchanged, or a feed that failed.
struct Job {
  std::string label;  // the source as given, or the remembered feed URL
  SourceRead read;
  std::optional<FeedState> state;  // for feeds fetched over HTTP: what to remember
  std::string forget;              // a remembered podcast title this feed no longer has
  bool not_modified = false;
  std::string error;
  std::vector<std::string> notes;
};

// The job of a refreshed URL; a list where a feed was expected is an error of that source.
Job job_of_refresh(const std::string& label, const FeedState& known, FeedRefresh refreshed) {
  if (refreshed.outcome == FeedRefresh::Outcome::kList) {
    refreshed.outcome = FeedRefresh::Outcome::kFailed;
    refreshed.error = known.url + ": an OPML list, where a feed was expected (lists inside lists are not followed)";
  }
  Job job{label, std::move(refreshed.read), refreshed.state, "", false, refreshed.error, refreshed.notes};
  if (refreshed.outcome == FeedRefresh::Outcome::kFailed) job.state.reset();
  job.not_modified = refreshed.outcome == FeedRefresh::Outcome::kNotModified;
  if (!known.podcast.empty() && job.state && job.state->podcast != known.podcast) job.forget = known.podcast;
  return job;
}

Job job_from_refresh(const std::string& label, const FeedState& known, const SourceOptions& options) {
  return job_of_refresh(label, known, refresh_feed(known, options));
}

Job failed_job(const std::string& label, const std::string& error) {
  return {label, {}, std::nullopt, "", false, error, {}};
}

// A local source (corpus, page, feed file) read, or the error that stops it alone.
Job job_from_file(const std::string& source, const SourceOptions& options) {
  try {
    return {source, read_source(source, options), std::nullopt, "", false, "", {}};
  } catch (const InputError& e) {
    return failed_job(source, e.what());
  } catch (const std::exception& e) {
    return failed_job(source, std::string(e.what()) + " (unexpected)");
  }
}

// The sources with each OPML list replaced by its feeds (each then its own source); a list that
// cannot be read is a failed job of its own.
std::vector<std::string> expand_opml(const std::vector<std::string>& sources, std::vector<Job>& failed,
                                     std::ostream& out) {
  std::vector<std::string> expanded;
  for (const std::string& source : sources) {
    if (is_http_url(source) || !is_opml_source(source)) {
      expanded.push_back(source);
      continue;
    }
    try {
      OpmlRead list = read_opml_file(source);
      out << source << ": OPML list of " << list.feeds.size() << " feeds, " << list.warnings.size() << " warnings\n";
      for (const auto& warning : list.warnings) out << "  warning: " << warning << "\n";
      for (const auto& feed : list.feeds) expanded.push_back(feed.url);
    } catch (const std::exception& e) {
      failed.push_back(failed_job(source, e.what()));
    }
  }
  return expanded;
}

// What the index remembers of a feed URL; a new URL has no validators yet.
FeedState state_for(const std::string& url, const std::map<std::string, FeedState>& known_by_url) {
  auto found = known_by_url.find(url);
  return found == known_by_url.end() ? FeedState{"", url, "", ""} : found->second;
}

// The jobs of the feeds an OPML list fetched from `list_url` names. A list from the network is held
// to the attachment policy: it cannot make the indexer fetch private addresses or local files.
// With --refresh, a listed feed the index remembers was refreshed already.
void add_listed_feeds(const std::string& list_url, const OpmlRead& list, const std::map<std::string, FeedState>& known_by_url,
                      const IndexRunOptions& run, std::vector<Job>& jobs, std::ostream& out) {
  const SourceOptions& options = run.source_options;
  out << list_url << ": OPML list of " << list.feeds.size() << " feeds, " << list.warnings.size() << " warnings\n";
  for (const auto& warning : list.warnings) out << "  warning: " << warning << "\n";
  SourceFetcher default_fetcher;
  FeedFetcher& fetcher = options.fetcher != nullptr ? *options.fetcher : default_fetcher;
  const AttachmentPolicy policy{options.feed.allow_private_addresses};
  for (const OpmlFeed& feed : list.feeds) {
    if (run.refresh && known_by_url.count(feed.url)) continue;
    if (auto refused = refuse_attachment(list_url, feed.url, policy, fetcher)) {
      jobs.push_back(failed_job(feed.url, "named by " + list_url + ": " + *refused));
    } else {
      jobs.push_back(job_from_refresh(feed.url, state_for(feed.url, known_by_url), options));
    }
  }
}

std::vector<Job> read_jobs(const IndexRunOptions& options, std::ostream& out) {
  std::vector<FeedState> known = read_feed_states(options.db);
  if (options.refresh) out << "refreshing " << known.size() << " remembered feeds of " << options.db << "\n";
  std::map<std::string, FeedState> known_by_url;
  for (const FeedState& state : known) known_by_url[state.url] = state;
  std::vector<Job> jobs;
  if (options.refresh) {
    for (const FeedState& state : known) jobs.push_back(job_from_refresh(state.url, state, options.source_options));
  }
  for (const std::string& source : expand_opml(options.sources, jobs, out)) {
    if (!is_http_url(source)) {
      jobs.push_back(job_from_file(source, options.source_options));
      continue;
    }
    if (options.refresh && known_by_url.count(source)) continue;  // already refreshed above
    FeedState state = state_for(source, known_by_url);
    FeedRefresh refreshed = refresh_feed(state, options.source_options);
    if (refreshed.outcome == FeedRefresh::Outcome::kList) {
      add_listed_feeds(source, refreshed.list, known_by_url, options, jobs, out);
    } else {
      jobs.push_back(job_of_refresh(source, state, std::move(refreshed)));
    }
  }
  return jobs;
}

void print_report(std::ostream& out, const Job& job, const IndexReport& report) {
  out << job.label << ": " << report.added << " added, " << report.updated << " updated, " << report.unchanged
      << " unchanged, " << report.removed << " removed, " << report.warnings.size() << " warnings\n";
  for (const auto& note : job.notes) out << "  note: " << note << "\n";
  for (const auto& warning : report.warnings) out << "  warning: " << warning << "\n";
}

// Writes one job, or reports why it failed.
void write_job(IndexWriter& writer, const Job& job, bool prune, std::ostream& out) {
  if (!job.error.empty()) {
    out << job.label << ": error: " << job.error << "; not indexed\n";
    return;
  }
  if (job.state) writer.remember_feed(*job.state);
  if (!job.forget.empty()) writer.forget_feed(job.forget);
  if (job.not_modified) {
    out << job.label << ": not modified (HTTP 304), unchanged\n";
    for (const auto& note : job.notes) out << "  note: " << note << "\n";
    return;
  }
  ProgressPrinter progress(std::cerr, job.label);
  // A feed read in part must not remove the episodes it failed to show.
  const bool prune_this = prune && job.read.maybe_incomplete.empty();
  IndexReport report = writer.add_podcast(job.read.podcast, prune_this, progress.callback());
  if (prune != prune_this) {
    report.warnings.insert(report.warnings.begin(), "not pruned: " + job.read.maybe_incomplete +
                                                        ", so the episodes it lacks stay in the index");
  }
  // A feed's warnings (each naming its item) come first: they explain what was indexed.
  report.warnings.insert(report.warnings.begin(), job.read.warnings.begin(), job.read.warnings.end());
  print_report(out, job, report);
}

}  // namespace

int run_indexer(const IndexRunOptions& options, std::ostream& out) {
  TopicTagger tagger = options.topics.empty() ? TopicTagger() : TopicTagger::load_file(options.topics);
  // Read every source before touching the index: a source that fails is reported and skipped, and
  // changes nothing; the others are written in one transaction.
  std::vector<Job> jobs = read_jobs(options, out);
  const auto failed = static_cast<std::size_t>(
      std::count_if(jobs.begin(), jobs.end(), [](const Job& job) { return !job.error.empty(); }));
  if (failed == jobs.size() && !jobs.empty()) {
    for (const Job& job : jobs) out << job.label << ": error: " << job.error << "; not indexed\n";
    out << "no source could be read; the index was not changed\n";
    return 1;
  }
  IndexWriter writer(options.db, std::move(tagger), options.shards);
  for (const Job& job : jobs) write_job(writer, job, options.prune, out);
  writer.commit();
  out << "index committed: " << options.db << "\n";
  if (failed > 0) out << failed << " of " << jobs.size() << " sources failed; the others were indexed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace podseek
