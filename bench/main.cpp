// podseek-bench: podseek against SQLite FTS5 at podcast-directory scale (see bench/README.md).
//   generate  writes a deterministic synthetic corpus, one corpus file per podcast
//   run       indexes, queries and loads both engines at several sizes; table + JSON + plot
//   report    prints the table (and redraws the plot) from a results JSON
//   shards    one index against 1, 2, 4 … shards behind xapian-tcpsrv (issue 14)
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_run.hpp"
#include "bench/corpus_generator.hpp"
#include "bench/podseek_breakdown.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/report.hpp"
#include "bench/shards_run.hpp"

namespace {

using namespace podseek::bench;

constexpr const char* kUsage =
    "usage: podseek-bench generate --episodes N [--seed S] --out DIR\n"
    "       podseek-bench run [--sizes 1000,10000,100000] [--seed S] [--out results.json] [--quick]\n"
    "                         [--queries N] [--http-seconds N] [--connections 1,8,64] [--no-http]\n"
    "                         [--plot latency.svg] [--markdown table.md] [--work DIR] [--data DIR]\n"
    "                         [--server PATH] [--keep-indexes] [--no-sphinx] [--idle-connections N]\n"
    "       podseek-bench report --in results.json [--in more.json] [--plot latency.svg]\n"
    "                            [--markdown table.md] [--out merged.json]\n"
    "       podseek-bench explain --episodes N [--seed S] [--queries N] [--work DIR] [--data DIR] [--db DIR]\n"
    "       podseek-bench shards [--episodes N] [--shards 1,2,4] [--seed S] [--out results.json] [--quick]\n"
    "                            [--queries N] [--http-seconds N] [--connections 1,8,64] [--no-http]\n"
    "                            [--markdown table.md] [--work DIR] [--data DIR] [--server PATH] [--keep-indexes]\n"
    "  explain: where podseek's query time goes, stage by stage, per query class.\n"
    "  --db: the index of that corpus already built (run --keep-indexes: WORK/nN/podseek.db), kept as it is.\n"
    "  shards: the same episodes as one local index and as 1, 2, 4 … shards, each behind its own\n"
    "  xapian-tcpsrv (indexed once as the most shards, the rest merged with xapian-compact);\n"
    "  --keep-indexes keeps the layouts and uses kept ones of the same corpus again.\n"
    "  Sphinx (sphinxsearch) is measured beside SQLite when installed; --no-sphinx skips it.\n"
    "  --idle-connections: idle + slow connections beside a second podseek-server load (64; 0: no second load).\n"
    "  --quick: 20 queries per class and 1 s HTTP loads at 1 and 8 connections (a smoke run).\n";

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "podseek-bench: " << message << "\n" << kUsage;
  std::exit(2);
}

long long to_number(const std::string& flag, const std::string& text) {
  try {
    std::size_t used = 0;
    long long value = std::stoll(text, &used);
    if (used == text.size() && value >= 0) return value;
  } catch (const std::exception&) {
  }
  usage_error(flag + " needs a whole number, not \"" + text + "\"");
}

template <class T>
std::vector<T> number_list(const std::string& flag, const std::string& text) {
  std::vector<T> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) out.push_back(static_cast<T>(to_number(flag, item)));
  if (out.empty()) usage_error(flag + " needs a comma-separated list");
  return out;
}

struct Flags {
  std::vector<std::pair<std::string, std::string>> values;
  std::vector<std::string> switches;
};

Flags parse_flags(int argc, char** argv, const std::vector<std::string>& switch_names) {
  Flags flags;
  for (int i = 2; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") {
      std::cout << kUsage;
      std::exit(0);
    }
    if (std::find(switch_names.begin(), switch_names.end(), flag) != switch_names.end()) {
      flags.switches.push_back(flag);
      continue;
    }
    if (flag.rfind("--", 0) != 0) usage_error("unexpected argument " + flag);
    if (i + 1 >= argc) usage_error(flag + " needs a value");
    flags.values.emplace_back(flag, argv[++i]);
  }
  return flags;
}

int generate(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv, {});
  CorpusOptions options;
  std::string out;
  bool have_episodes = false;
  for (const auto& [flag, value] : flags.values) {
    if (flag == "--episodes") options.episodes = to_number(flag, value), have_episodes = true;
    else if (flag == "--seed") options.seed = to_number(flag, value);
    else if (flag == "--out") out = value;
    else usage_error("unknown option " + flag);
  }
  if (!have_episodes || options.episodes == 0 || out.empty()) usage_error("generate needs --episodes N (> 0) and --out DIR");
  SyntheticCorpus corpus = generate_corpus(options);
  std::size_t files = write_corpus(corpus, out);
  std::cout << out << ": " << files << " podcasts, " << corpus.episodes << " episodes, " << corpus.chapters
            << " chapters, " << corpus.raw_text_bytes << " bytes of text\n";
  return 0;
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

void print_and_plot(const BenchResults& results, const std::string& markdown, const std::string& plot,
                    const std::string& work) {
  std::string table = markdown_report(results);
  std::cout << table;
  if (!markdown.empty()) write_text(markdown, table);
  if (!plot.empty()) {
    std::string problem = plot_latency(results, plot, work);
    if (!problem.empty()) std::cerr << "podseek-bench: no plot: " << problem << "\n";
  }
}

int run(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv, {"--quick", "--no-http", "--keep-indexes", "--no-sphinx"});
  RunOptions o;
  o.work_dir = PODSEEK_BINARY_DIR "/bench-work";
  o.data_dir = PODSEEK_SOURCE_DIR "/data";
  o.server_path = PODSEEK_SERVER_PATH;
  std::string out, plot, markdown;
  bool queries_set = false, seconds_set = false, connections_set = false;
  for (const auto& s : flags.switches) {
    if (s == "--quick") o.quick = true;
    if (s == "--no-http") o.server_path.clear();
    if (s == "--keep-indexes") o.keep_indexes = true;
    if (s == "--no-sphinx") o.sphinx = false;
  }
  for (const auto& [flag, value] : flags.values) {
    if (flag == "--sizes") o.sizes = number_list<std::size_t>(flag, value);
    else if (flag == "--seed") o.seed = to_number(flag, value);
    else if (flag == "--out") out = value;
    else if (flag == "--queries") o.queries_per_class = to_number(flag, value), queries_set = true;
    else if (flag == "--http-seconds") o.http_seconds = static_cast<int>(to_number(flag, value)), seconds_set = true;
    else if (flag == "--connections") o.connections = number_list<int>(flag, value), connections_set = true;
    else if (flag == "--plot") plot = value;
    else if (flag == "--markdown") markdown = value;
    else if (flag == "--work") o.work_dir = value;
    else if (flag == "--data") o.data_dir = value;
    else if (flag == "--server") o.server_path = value;
    else if (flag == "--idle-connections") o.idle_connections = static_cast<int>(to_number(flag, value));
    else usage_error("unknown option " + flag);
  }
  if (o.quick) {
    if (!queries_set) o.queries_per_class = 20;
    if (!seconds_set) o.http_seconds = 1;
    if (!connections_set) o.connections = {1, 8};
  }
  for (std::size_t n : o.sizes) {
    if (n == 0) usage_error("--sizes must be above 0");
  }
  if (o.queries_per_class == 0 || o.http_seconds <= 0) usage_error("--queries and --http-seconds must be above 0");
  o.after_each_size = [&](const BenchResults& so_far) {
    if (!out.empty()) write_text(out, to_json(so_far).dump(2) + "\n");
    if (!markdown.empty()) write_text(markdown, markdown_report(so_far));
  };
  BenchResults results = run_benchmark(o);
  print_and_plot(results, markdown, plot, o.work_dir);
  return 0;
}

// Several --in files (sizes run separately) become one report; the machine is the first's.
int report(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv, {});
  std::vector<std::string> inputs;
  std::string plot, markdown, out;
  for (const auto& [flag, value] : flags.values) {
    if (flag == "--in") inputs.push_back(value);
    else if (flag == "--plot") plot = value;
    else if (flag == "--markdown") markdown = value;
    else if (flag == "--out") out = value;
    else usage_error("unknown option " + flag);
  }
  if (inputs.empty()) usage_error("report needs --in FILE");
  BenchResults merged;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::ifstream file(inputs[i]);
    if (!file) throw std::runtime_error("cannot read " + inputs[i]);
    BenchResults part = results_from_json(nlohmann::json::parse(file));
    if (i == 0) {
      merged = part;
    } else {
      for (auto& size : part.sizes) merged.sizes.push_back(std::move(size));
    }
  }
  if (!out.empty()) write_text(out, to_json(merged).dump(2) + "\n");
  print_and_plot(merged, markdown, plot, PODSEEK_BINARY_DIR "/bench-work");
  return 0;
}

int explain(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv, {});
  CorpusOptions corpus_options;
  std::size_t queries = 200;
  std::string work = PODSEEK_BINARY_DIR "/bench-work", data = PODSEEK_SOURCE_DIR "/data", existing;
  for (const auto& [flag, value] : flags.values) {
    if (flag == "--episodes") corpus_options.episodes = to_number(flag, value);
    else if (flag == "--seed") corpus_options.seed = to_number(flag, value);
    else if (flag == "--queries") queries = to_number(flag, value);
    else if (flag == "--db") existing = value;
    else if (flag == "--work") work = value;
    else if (flag == "--data") data = value;
    else usage_error("unknown option " + flag);
  }
  if (corpus_options.episodes == 0 || queries == 0) usage_error("--episodes and --queries must be above 0");
  SyntheticCorpus corpus = generate_corpus(corpus_options);
  std::string db = existing.empty() ? work + "/explain-" + std::to_string(corpus_options.episodes) + ".db" : existing;
  if (existing.empty()) {
    std::filesystem::remove_all(db);
    std::filesystem::create_directories(work);
    std::cerr << "indexing " << corpus.episodes << " episodes into " << db << "\n";
    index_with_podseek(corpus, db, podseek::TopicTagger::load_file(data + "/topics.json"));
  }
  std::vector<std::vector<BenchQuery>> by_class;
  for (QueryClass kind : all_query_classes()) {
    std::size_t count = kind == QueryClass::kBrowse ? std::min<std::size_t>(queries, 50) : queries;
    by_class.push_back(make_queries(corpus, kind, count, corpus_options.seed));
  }
  std::cout << "Mean milliseconds per stage, " << corpus.episodes << " episodes, seed " << corpus_options.seed << ":\n\n"
            << breakdown_table(podseek_breakdown(db, podseek::SynonymTable::load_file(data + "/synonyms.json"), by_class));
  if (existing.empty()) std::filesystem::remove_all(db);
  return 0;
}

void apply_shards_flag(ShardsOptions& o, const std::string& flag, const std::string& value, std::string& out,
                       std::string& markdown) {
  if (flag == "--episodes") o.episodes = to_number(flag, value);
  else if (flag == "--shards") o.shard_counts = number_list<unsigned>(flag, value);
  else if (flag == "--seed") o.seed = to_number(flag, value);
  else if (flag == "--out") out = value;
  else if (flag == "--markdown") markdown = value;
  else if (flag == "--queries") o.queries_per_class = to_number(flag, value);
  else if (flag == "--http-seconds") o.http_seconds = static_cast<int>(to_number(flag, value));
  else if (flag == "--connections") o.connections = number_list<int>(flag, value);
  else if (flag == "--work") o.work_dir = value;
  else if (flag == "--data") o.data_dir = value;
  else if (flag == "--server") o.server_path = value;
  else usage_error("unknown option " + flag);
}

int shards(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv, {"--quick", "--no-http", "--keep-indexes"});
  ShardsOptions o;
  o.work_dir = PODSEEK_BINARY_DIR "/bench-work";
  o.data_dir = PODSEEK_SOURCE_DIR "/data";
  o.server_path = PODSEEK_SERVER_PATH;
  bool no_http = false;
  for (const auto& s : flags.switches) {
    if (s == "--quick") {
      o.quick = true;  // before the values, which win over it
      o.queries_per_class = 20;
      o.http_seconds = 1;
      o.connections = {1, 8};
    }
    if (s == "--no-http") no_http = true;
    if (s == "--keep-indexes") o.keep_indexes = true;
  }
  std::string out, markdown;
  for (const auto& [flag, value] : flags.values) apply_shards_flag(o, flag, value, out, markdown);
  if (no_http) o.server_path.clear();
  if (o.episodes == 0 || o.queries_per_class == 0 || o.http_seconds <= 0) {
    usage_error("--episodes, --queries and --http-seconds must be above 0");
  }
  o.after_each_layout = [&](const ShardsResults& so_far) {
    if (!out.empty()) write_text(out, to_json(so_far).dump(2) + "\n");
    if (!markdown.empty()) write_text(markdown, shards_markdown(so_far));
  };
  std::cout << shards_markdown(run_shards_benchmark(o));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) usage_error("a command is required");
  std::string command = argv[1];
  try {
    if (command == "generate") return generate(argc, argv);
    if (command == "run") return run(argc, argv);
    if (command == "report") return report(argc, argv);
    if (command == "explain") return explain(argc, argv);
    if (command == "shards") return shards(argc, argv);
    if (command == "--help" || command == "-h") {
      std::cout << kUsage;
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "podseek-bench: " << e.what() << "\n";
    return 1;
  }
  usage_error("unknown command " + command);
}
