// The benchmark run (see bench_run.hpp).
#include "bench/bench_run.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/child_process.hpp"
#include "bench/corpus_generator.hpp"
#include "bench/http_load.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/sqlite_runner.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return out;
}

// User + system CPU seconds of this process so far, all its threads.
double cpu_seconds_used() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return secs(usage.ru_utime) + secs(usage.ru_stime);
}

// Indexes in a forked child: the child resets its peak-RSS mark (clear_refs 5) so that VmHWM
// at the end is the peak of the indexing alone, and reports it with its starting RSS and the
// CPU time it used.
template <class Index>
IndexFigures measure_indexing(std::size_t episodes, const std::string& path, Index index) {
  std::error_code ignored;
  fs::remove_all(path, ignored);
  ChildResult child = run_in_child([&] {
    std::ofstream("/proc/self/clear_refs") << "5";
    long start_rss = proc_status_kb(0, "VmRSS");
    double start_cpu = cpu_seconds_used();
    auto start = Clock::now();
    index();
    double seconds = seconds_since(start);
    return nlohmann::json{{"seconds", seconds},
                          {"cpu_seconds", cpu_seconds_used() - start_cpu},
                          {"start_rss_kb", start_rss},
                          {"peak_rss_kb", proc_status_kb(0, "VmHWM")}}
        .dump();
  });
  if (!child.ok) throw std::runtime_error("indexing " + path + " failed: " + child.output);
  auto j = nlohmann::json::parse(child.output);
  IndexFigures f;
  f.seconds = j.at("seconds");
  f.cpu_seconds = j.at("cpu_seconds");
  f.episodes_per_second = f.seconds > 0 ? static_cast<double>(episodes) / f.seconds : 0;
  f.start_rss_kb = j.at("start_rss_kb");
  f.peak_rss_kb = std::max(j.at("peak_rss_kb").get<long>(), 0L);
  f.disk_bytes = disk_bytes(path);
  return f;
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  std::sort(sorted.begin(), sorted.end());
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

struct Samples {
  std::vector<double> ms;
  double total = 0, chapters = 0;
  std::size_t empty = 0;

  template <class Run>
  void time(Run run, const BenchQuery& q) {
    auto start = Clock::now();
    QueryOutcome outcome = run(q);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    total += static_cast<double>(outcome.total);
    chapters += outcome.chapter_hits;
    if (outcome.results == 0) empty++;
  }

  LatencyFigures figures() const {
    LatencyFigures f;
    f.count = ms.size();
    if (ms.empty()) return f;
    f.p50_ms = percentile(ms, 50);
    f.p95_ms = percentile(ms, 95);
    f.p99_ms = percentile(ms, 99);
    double sum = 0;
    for (double m : ms) sum += m;
    f.mean_ms = sum / static_cast<double>(ms.size());
    f.mean_total = total / static_cast<double>(ms.size());
    f.mean_chapter_hits = chapters / static_cast<double>(ms.size());
    f.no_results = empty;
    return f;
  }
};

// One of each list in turn (a1 b1 c1 a2 b2 c2 …) until all are used up.
std::vector<BenchQuery> interleave(const std::vector<std::vector<BenchQuery>>& lists) {
  std::vector<BenchQuery> out;
  for (std::size_t i = 0;; ++i) {
    bool any = false;
    for (const auto& list : lists) {
      if (i < list.size()) {
        out.push_back(list[i]);
        any = true;
      }
    }
    if (!any) return out;
  }
}

// Warms both engines up, then times every instance on both, alternating which goes first.
ClassFigures measure_class(QueryClass kind, const std::vector<BenchQuery>& queries, PodseekRunner& podseek,
                           SqliteRunner& sqlite) {
  auto run_podseek = [&](const BenchQuery& q) { return podseek.run(q); };
  auto run_sqlite = [&](const BenchQuery& q) { return sqlite.run(q); };
  std::size_t warm = std::min<std::size_t>(queries.size(), 50);
  for (std::size_t i = 0; i < warm; ++i) {
    podseek.run(queries[i]);
    sqlite.run(queries[i]);
  }
  Samples p, s;
  for (std::size_t i = 0; i < queries.size(); ++i) {
    if (i % 2 == 0) {
      p.time(run_podseek, queries[i]);
      s.time(run_sqlite, queries[i]);
    } else {
      s.time(run_sqlite, queries[i]);
      p.time(run_podseek, queries[i]);
    }
  }
  return {kind, queries.empty() ? "" : queries.front().podseek_text(), p.figures(), s.figures()};
}

SizeResult run_size(const RunOptions& o, std::size_t episodes, const TopicTagger& tagger, const SynonymTable& synonyms) {
  SizeResult r;
  const std::string dir = (fs::path(o.work_dir) / ("n" + std::to_string(episodes))).string();
  fs::create_directories(dir);
  std::cerr << "[" << episodes << "] generating corpus (seed " << o.seed << ")\n";
  auto start = Clock::now();
  SyntheticCorpus corpus = generate_corpus({episodes, o.seed});
  r.generate_seconds = seconds_since(start);
  r.episodes = corpus.episodes;
  r.podcasts = corpus.podcasts.size();
  r.chapters = corpus.chapters;
  r.raw_text_bytes = corpus.raw_text_bytes;

  const std::string xapian_path = dir + "/podseek.db";
  const std::string sqlite_path = dir + "/fts5.sqlite";
  std::cerr << "[" << episodes << "] indexing with podseek\n";
  r.podseek_index = measure_indexing(episodes, xapian_path, [&] { index_with_podseek(corpus, xapian_path, tagger); });
  std::cerr << "[" << episodes << "] podseek: " << r.podseek_index.seconds << " s\n";
  std::cerr << "[" << episodes << "] indexing with SQLite FTS5\n";
  r.sqlite_index = measure_indexing(episodes, sqlite_path, [&] { index_with_sqlite(corpus, sqlite_path, tagger); });
  std::cerr << "[" << episodes << "] sqlite: " << r.sqlite_index.seconds << " s\n";

  std::vector<std::vector<BenchQuery>> mix_by_class;  // a few of each class, for the HTTP load
  {
    PodseekRunner podseek(xapian_path, synonyms);
    SqliteRunner sqlite(sqlite_path);
    for (QueryClass kind : all_query_classes()) {
      std::size_t count = kind == QueryClass::kBrowse ? std::min<std::size_t>(o.queries_per_class, 50) : o.queries_per_class;
      std::vector<BenchQuery> queries = make_queries(corpus, kind, count, o.seed);
      std::cerr << "[" << episodes << "] queries: " << query_class_name(kind) << " x" << queries.size() << "\n";
      r.classes.push_back(measure_class(kind, queries, podseek, sqlite));
      mix_by_class.emplace_back(queries.begin(), queries.begin() + std::min<std::ptrdiff_t>(queries.size(), 25));
    }
  }
  corpus = SyntheticCorpus();  // the server should not share the machine with the corpus
  // Classes take turns, so that however few requests a slow index allows, they are a fair mix.
  std::vector<BenchQuery> mix = interleave(mix_by_class);

  if (!o.server_path.empty()) {
    std::cerr << "[" << episodes << "] HTTP load\n";
    HttpLoadOptions h;
    h.server_path = o.server_path;
    h.db_path = xapian_path;
    h.synonyms_path = (fs::path(o.data_dir) / "synonyms.json").string();
    h.work_dir = dir;
    h.connections = o.connections;
    h.seconds = o.http_seconds;
    r.http = measure_http(h, mix);
  } else {
    r.http.note = "skipped (no server)";
  }
  if (!o.keep_indexes) {
    std::error_code ignored;
    fs::remove_all(xapian_path, ignored);
    fs::remove_all(sqlite_path, ignored);
  }
  return r;
}

}  // namespace

BenchResults run_benchmark(const RunOptions& o) {
  BenchResults results;
  results.started_utc = utc_now();
  results.machine = describe_machine();
  results.seed = o.seed;
  results.quick = o.quick;
  results.queries_per_class = o.queries_per_class;
  results.sqlite_version = sqlite3_libversion();
  TopicTagger tagger = TopicTagger::load_file((fs::path(o.data_dir) / "topics.json").string());
  SynonymTable synonyms = SynonymTable::load_file((fs::path(o.data_dir) / "synonyms.json").string());
  for (std::size_t episodes : o.sizes) {
    results.sizes.push_back(run_size(o, episodes, tagger, synonyms));
    if (o.after_each_size) o.after_each_size(results);
  }
  return results;
}

}  // namespace podseek::bench
