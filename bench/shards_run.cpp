// The shards benchmark (see shards_run.hpp).
#include "bench/shards_run.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

#include "bench/child_process.hpp"
#include "bench/corpus_generator.hpp"
#include "bench/http_load.hpp"
#include "bench/latency_samples.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/run_clock.hpp"
#include "bench/shard_layouts.hpp"
#include "bench/tcpsrv_fleet.hpp"
#include "common/index_schema.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/synonym_table.hpp"

namespace podseek::bench {
namespace {

namespace fs = std::filesystem;

// Where one corpus's layouts live: the indexed one, the merged ones, the plain index.
struct Workspace {
  fs::path dir;
  unsigned built_shards = 0;
  fs::path built() const { return dir / ("built-" + std::to_string(built_shards)); }
  fs::path marker() const { return dir / "built.json"; }
  fs::path plain() const { return dir / "plain"; }
  fs::path layout(unsigned shards) const {
    return shards == built_shards ? built() : dir / ("merged-" + std::to_string(shards));
  }
};

// What the built layout holds: a kept one is used again only when all of it matches.
nlohmann::json build_identity(const ShardsOptions& o, unsigned built_shards) {
  return {{"episodes", o.episodes}, {"seed", o.seed}, {"shards", built_shards},
          {"schema_version", std::string(schema::kSchemaVersion)}};
}

bool kept_build_matches(const Workspace& ws, const nlohmann::json& identity) {
  std::ifstream in(ws.marker());
  if (!in || !fs::exists(ws.built() / "XAPIANDB")) return false;
  return nlohmann::json::parse(in, nullptr, false) == identity;
}

unsigned largest_count(const std::vector<unsigned>& counts) {
  if (counts.empty()) throw std::invalid_argument("no shard counts");
  unsigned largest = *std::max_element(counts.begin(), counts.end());
  for (unsigned count : counts) {
    if (count == 0 || largest % count != 0) {
      throw std::invalid_argument("every shard count must divide the largest (" + std::to_string(largest) + "), not " +
                                  std::to_string(count));
    }
  }
  return largest;
}

void index_corpus(const SyntheticCorpus& corpus, const Workspace& ws, const ShardsOptions& o, ShardsResults& r) {
  std::cerr << "[shards] indexing " << corpus.episodes << " episodes as " << ws.built_shards << " shards\n";
  auto start = Clock::now();
  {
    IndexWriter writer(ws.built().string(), TopicTagger::load_file((fs::path(o.data_dir) / "topics.json").string()),
                       ws.built_shards);
    for (const auto& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
    writer.commit();
  }
  r.index_seconds = seconds_since(start);
  std::ofstream(ws.marker()) << build_identity(o, ws.built_shards).dump();
  std::cerr << "[shards] indexed in " << r.index_seconds << " s\n";
}

// The merged layouts and the plain index (each skipped when a kept complete one is there).
void merge_layouts(const Workspace& ws, const ShardsOptions& o, ShardsResults& r) {
  auto start = Clock::now();
  for (unsigned count : o.shard_counts) {
    if (count == ws.built_shards || fs::exists(ws.layout(count) / "XAPIANDB")) continue;
    std::cerr << "[shards] merging " << ws.built_shards << " shards into " << count << "\n";
    fs::remove_all(ws.layout(count));
    merge_shards(ws.built().string(), ws.built_shards, count, ws.layout(count).string());
  }
  const fs::path plain_done = ws.dir / "plain.done";
  if (!fs::exists(plain_done)) {
    std::cerr << "[shards] merging everything into one plain index\n";
    fs::remove_all(ws.plain());
    merge_into_plain(ws.built().string(), ws.built_shards, ws.plain().string());
    std::ofstream(plain_done) << "complete\n";
  }
  r.merge_seconds = seconds_since(start);
}

void prepare_layouts(const SyntheticCorpus& corpus, const Workspace& ws, const ShardsOptions& o, ShardsResults& r) {
  const nlohmann::json identity = build_identity(o, ws.built_shards);
  r.build_reused = o.keep_indexes && kept_build_matches(ws, identity);
  if (r.build_reused) {
    std::cerr << "[shards] using the kept layouts in " << ws.dir << "\n";
  } else {
    fs::remove_all(ws.dir);
    fs::create_directories(ws.dir);
    index_corpus(corpus, ws, o, r);
  }
  merge_layouts(ws, o, r);
}

std::vector<std::vector<BenchQuery>> queries_by_class(const SyntheticCorpus& corpus, const ShardsOptions& o) {
  std::vector<std::vector<BenchQuery>> out;
  for (QueryClass kind : all_query_classes()) {
    std::size_t count = kind == QueryClass::kBrowse ? std::min<std::size_t>(o.queries_per_class, 50) : o.queries_per_class;
    out.push_back(make_queries(corpus, kind, count, o.seed));
  }
  return out;
}

// The first 25 of each class, classes taking turns (as `run` loads the server).
std::vector<BenchQuery> load_mix(const std::vector<std::vector<BenchQuery>>& by_class) {
  std::vector<std::vector<BenchQuery>> firsts;
  for (const auto& queries : by_class) {
    firsts.emplace_back(queries.begin(), queries.begin() + std::min<std::ptrdiff_t>(queries.size(), 25));
  }
  return interleave(firsts);
}

// Every class through Searcher: a warm-up of up to 50 queries, then each query timed once.
void time_classes(const std::string& db, const SynonymTable& synonyms,
                  const std::vector<std::vector<BenchQuery>>& by_class, LayoutFigures& figures) {
  PodseekRunner runner(db, synonyms);
  for (const auto& queries : by_class) {
    if (queries.empty()) continue;
    for (std::size_t i = 0; i < std::min<std::size_t>(queries.size(), 50); ++i) runner.run(queries[i]);
    Samples samples;
    for (const auto& q : queries) samples.time([&](const BenchQuery& b) { return runner.run(b); }, q);
    figures.classes.emplace_back(queries.front().kind, samples.figures());
  }
}

struct Measured {
  const ShardsOptions& options;
  const SynonymTable& synonyms;
  const std::vector<std::vector<BenchQuery>>& by_class;
  const std::vector<BenchQuery>& mix;
  const Workspace& ws;
};

void measure(const Measured& m, const std::string& db, LayoutFigures& figures) {
  std::cerr << "[shards] " << figures.name << ": queries\n";
  time_classes(db, m.synonyms, m.by_class, figures);
  if (m.options.server_path.empty()) {
    figures.http.note = "skipped (no server)";
    return;
  }
  std::cerr << "[shards] " << figures.name << ": HTTP load\n";
  HttpLoadOptions h;
  h.server_path = m.options.server_path;
  h.db_path = db;
  h.synonyms_path = (fs::path(m.options.data_dir) / "synonyms.json").string();
  h.work_dir = m.ws.dir.string();
  h.connections = m.options.connections;
  h.seconds = m.options.http_seconds;
  figures.http = measure_http(h, m.mix);
}

LayoutFigures measure_plain(const Measured& m) {
  LayoutFigures figures;
  figures.name = "plain";
  figures.note = "one database holding everything, opened locally (no xapian-tcpsrv)";
  figures.disk_bytes = disk_bytes(m.ws.plain().string());
  measure(m, m.ws.plain().string(), figures);
  return figures;
}

// The layout's shards each behind its own xapian-tcpsrv, its dictionary local, through a stub.
LayoutFigures measure_remote(const Measured& m, unsigned shards) {
  LayoutFigures figures;
  figures.name = std::to_string(shards) + (shards == 1 ? " shard" : " shards");
  figures.shards = shards;
  figures.note = "dictionary local, each shard behind its own xapian-tcpsrv on 127.0.0.1";
  const fs::path layout = m.ws.layout(shards);
  figures.disk_bytes = disk_bytes(layout.string());
  TcpsrvFleet fleet(shard_paths(layout.string(), shards));
  const fs::path stub = m.ws.dir / ("remote-" + std::to_string(shards) + ".stub");
  std::ofstream(stub) << fleet.stub_text(fs::absolute(layout / std::string(kDictionaryName)).string());
  measure(m, stub.string(), figures);
  return figures;
}

}  // namespace

ShardsResults run_shards_benchmark(const ShardsOptions& o) {
  ShardsResults r;
  r.started_utc = utc_now();
  r.machine = describe_machine();
  r.seed = o.seed;
  r.quick = o.quick;
  r.queries_per_class = o.queries_per_class;
  Workspace ws{fs::absolute(o.work_dir) / ("shards-n" + std::to_string(o.episodes) + "-seed" + std::to_string(o.seed)),
               largest_count(o.shard_counts)};
  r.built_shards = ws.built_shards;
  std::vector<std::vector<BenchQuery>> by_class;
  {
    std::cerr << "[shards] generating " << o.episodes << " episodes (seed " << o.seed << ")\n";
    SyntheticCorpus corpus = generate_corpus({o.episodes, o.seed});
    r.episodes = corpus.episodes;
    r.podcasts = corpus.podcasts.size();
    prepare_layouts(corpus, ws, o, r);
    by_class = queries_by_class(corpus, o);
  }  // the servers should not share the machine with the corpus
  const std::vector<BenchQuery> mix = load_mix(by_class);
  SynonymTable synonyms = SynonymTable::load_file((fs::path(o.data_dir) / "synonyms.json").string());
  const Measured m{o, synonyms, by_class, mix, ws};
  r.layouts.push_back(measure_plain(m));
  if (o.after_each_layout) o.after_each_layout(r);
  for (unsigned shards : o.shard_counts) {
    r.layouts.push_back(measure_remote(m, shards));
    if (o.after_each_layout) o.after_each_layout(r);
  }
  if (!o.keep_indexes) fs::remove_all(ws.dir);
  return r;
}

}  // namespace podseek::bench
