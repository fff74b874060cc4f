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
#include <functional>
#include <memory>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/child_process.hpp"
#include "bench/corpus_generator.hpp"
#include "bench/http_load.hpp"
#include "bench/latency_samples.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/run_clock.hpp"
#include "bench/sphinx_load.hpp"
#include "bench/sphinx_runner.hpp"
#include "bench/sqlite_runner.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek::bench {
namespace {

namespace fs = std::filesystem;

// User + system CPU seconds of this process so far, all its threads, and of the children it
// waited for (Sphinx's indexer).
double cpu_seconds_used() {
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  double total = 0;
  for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage usage{};
    getrusage(who, &usage);
    total += secs(usage.ru_utime) + secs(usage.ru_stime);
  }
  return total;
}

// The peak resident set of the largest child waited for (kB), 0 when none.
long children_peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
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
    // When the work ran in a child process (Sphinx's indexer), its peak is the growth.
    long peak = std::max(proc_status_kb(0, "VmHWM"), start_rss + children_peak_rss_kb());
    return nlohmann::json{{"seconds", seconds},
                          {"cpu_seconds", cpu_seconds_used() - start_cpu},
                          {"start_rss_kb", start_rss},
                          {"peak_rss_kb", peak}}
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

// Warms the engines up, then times every instance on each, rotating which goes first.
// sphinx may be null (Sphinx absent).
ClassFigures measure_class(QueryClass kind, const std::vector<BenchQuery>& queries, PodseekRunner& podseek,
                           SqliteRunner& sqlite, SphinxRunner* sphinx) {
  Samples p, s, x;
  std::vector<std::function<void(const BenchQuery&)>> engines = {
      [&](const BenchQuery& q) { p.time([&](const BenchQuery& b) { return podseek.run(b); }, q); },
      [&](const BenchQuery& q) { s.time([&](const BenchQuery& b) { return sqlite.run(b); }, q); }};
  if (sphinx) engines.push_back([&](const BenchQuery& q) { x.time([&](const BenchQuery& b) { return sphinx->run(b); }, q); });
  std::size_t warm = std::min<std::size_t>(queries.size(), 50);
  for (std::size_t i = 0; i < warm; ++i) {
    podseek.run(queries[i]);
    sqlite.run(queries[i]);
    if (sphinx) sphinx->run(queries[i]);
  }
  for (std::size_t i = 0; i < queries.size(); ++i) {
    for (std::size_t k = 0; k < engines.size(); ++k) engines[(i + k) % engines.size()](queries[i]);
  }
  return {kind, queries.empty() ? "" : queries.front().podseek_text(), p.figures(), s.figures(), x.figures()};
}

struct SizePaths {
  std::string dir, xapian, sqlite, sphinx;
};

void index_everything(const RunOptions& o, const SyntheticCorpus& corpus, const SizePaths& at, const TopicTagger& tagger,
                      SizeResult& r) {
  const std::size_t n = corpus.episodes;
  std::cerr << "[" << n << "] indexing with podseek\n";
  r.podseek_index = measure_indexing(n, at.xapian, [&] { index_with_podseek(corpus, at.xapian, tagger); });
  std::cerr << "[" << n << "] podseek: " << r.podseek_index.seconds << " s\n";
  std::cerr << "[" << n << "] indexing with SQLite FTS5\n";
  r.sqlite_index = measure_indexing(n, at.sqlite, [&] { index_with_sqlite(corpus, at.sqlite, tagger); });
  std::cerr << "[" << n << "] sqlite: " << r.sqlite_index.seconds << " s\n";
  if (!o.sphinx) {
    r.sphinx_note = "skipped (--no-sphinx)";
  } else if (!sphinx_available()) {
    r.sphinx_note = "skipped: sphinxsearch (indexer, searchd) is not installed";
  } else {
    std::cerr << "[" << n << "] indexing with Sphinx\n";
    try {
      r.sphinx_index = measure_indexing(n, sphinx_index_dir(at.sphinx), [&] { index_with_sphinx(corpus, at.sphinx, tagger); });
      r.sphinx_ran = true;
      std::cerr << "[" << n << "] sphinx: " << r.sphinx_index.seconds << " s\n";
    } catch (const std::exception& e) {
      r.sphinx_note = e.what();
    }
  }
  if (!r.sphinx_ran) std::cerr << "[" << n << "] Sphinx: " << r.sphinx_note << "\n";
}

// Times every class on every engine; returns the interleaved mix for the loads.
std::vector<BenchQuery> time_queries(const RunOptions& o, const SyntheticCorpus& corpus, const SizePaths& at,
                                     const SynonymTable& synonyms, const SphinxIds& ids, int sphinx_port, SizeResult& r) {
  std::vector<std::vector<BenchQuery>> mix_by_class;  // a few of each class, for the loads
  PodseekRunner podseek(at.xapian, synonyms);
  SqliteRunner sqlite(at.sqlite);
  std::unique_ptr<SphinxRunner> sphinx;
  if (sphinx_port > 0) sphinx = std::make_unique<SphinxRunner>(sphinx_port, ids, static_cast<long>(ids.guests.size()));
  for (QueryClass kind : all_query_classes()) {
    std::size_t count = kind == QueryClass::kBrowse ? std::min<std::size_t>(o.queries_per_class, 50) : o.queries_per_class;
    std::vector<BenchQuery> queries = make_queries(corpus, kind, count, o.seed);
    std::cerr << "[" << corpus.episodes << "] queries: " << query_class_name(kind) << " x" << queries.size() << "\n";
    r.classes.push_back(measure_class(kind, queries, podseek, sqlite, sphinx.get()));
    mix_by_class.emplace_back(queries.begin(), queries.begin() + std::min<std::ptrdiff_t>(queries.size(), 25));
  }
  // Classes take turns, so that however few requests a slow index allows, they are a fair mix.
  return interleave(mix_by_class);
}

void load_podseek(const RunOptions& o, const SizePaths& at, const std::vector<BenchQuery>& mix, SizeResult& r) {
  if (o.server_path.empty()) {
    r.http.note = "skipped (no server)";
    return;
  }
  std::cerr << "[" << r.episodes << "] HTTP load\n";
  HttpLoadOptions h;
  h.server_path = o.server_path;
  h.db_path = at.xapian;
  h.synonyms_path = (fs::path(o.data_dir) / "synonyms.json").string();
  h.work_dir = at.dir;
  h.connections = o.connections;
  h.seconds = o.http_seconds;
  r.http = measure_http(h, mix);
  if (o.idle_connections <= 0) return;
  std::cerr << "[" << r.episodes << "] HTTP load with idle and slow connections beside it\n";
  h.idle_connections = o.idle_connections;
  r.http_idle = measure_http(h, mix);
}

SizeResult run_size(const RunOptions& o, std::size_t episodes, const TopicTagger& tagger, const SynonymTable& synonyms) {
  SizeResult r;
  const std::string dir = (fs::path(o.work_dir) / ("n" + std::to_string(episodes))).string();
  fs::create_directories(dir);
  const SizePaths at{dir, dir + "/podseek.db", dir + "/fts5.sqlite", dir + "/sphinx"};
  std::cerr << "[" << episodes << "] generating corpus (seed " << o.seed << ")\n";
  auto start = Clock::now();
  SyntheticCorpus corpus = generate_corpus({episodes, o.seed});
  r.generate_seconds = seconds_since(start);
  r.episodes = corpus.episodes;
  r.podcasts = corpus.podcasts.size();
  r.chapters = corpus.chapters;
  r.raw_text_bytes = corpus.raw_text_bytes;
  index_everything(o, corpus, at, tagger, r);
  const SphinxIds ids(corpus);
  std::unique_ptr<SphinxServer> searchd;
  std::vector<BenchQuery> mix;
  try {
    if (r.sphinx_ran) searchd = std::make_unique<SphinxServer>(at.sphinx);
  } catch (const std::exception& e) {
    r.sphinx_ran = false;
    r.sphinx_note = e.what();
  }
  mix = time_queries(o, corpus, at, synonyms, ids, searchd ? searchd->port() : 0, r);
  corpus = SyntheticCorpus();  // the servers should not share the machine with the corpus
  if (searchd) {
    std::cerr << "[" << episodes << "] searchd load over SphinxQL\n";
    r.sphinx_load = measure_sphinx_load({searchd->port(), static_cast<long>(ids.guests.size()), o.connections, o.http_seconds},
                                        ids, mix);
    r.sphinx_load.server_peak_rss_kb = proc_status_kb(searchd->pid(), "VmHWM");
    searchd.reset();
  }
  load_podseek(o, at, mix, r);
  if (!o.keep_indexes) {
    std::error_code ignored;
    for (const auto& path : {at.xapian, at.sqlite, at.sphinx}) fs::remove_all(path, ignored);
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
  if (o.sphinx && sphinx_available()) results.sphinx_version = sphinx_version();
  TopicTagger tagger = TopicTagger::load_file((fs::path(o.data_dir) / "topics.json").string());
  SynonymTable synonyms = SynonymTable::load_file((fs::path(o.data_dir) / "synonyms.json").string());
  for (std::size_t episodes : o.sizes) {
    results.sizes.push_back(run_size(o, episodes, tagger, synonyms));
    if (o.after_each_size) o.after_each_size(results);
  }
  return results;
}

}  // namespace podseek::bench
