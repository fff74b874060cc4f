// A shard that is down, hung (SIGSTOP) or killed mid-query, with real xapian-tcpsrv processes:
// the search answers from the others with "partial": true naming the missing shard (or 503 when
// strict), never hangs, and uses the shard again once it is back, without a restart. Under a
// load, every request gets an answer (the client gives up after 5 s: more than the stated bound
// of --shard-timeout + --shard-connect-timeout + the search itself).
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "bench/corpus_generator.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/running_server.hpp"
#include "tests/support/status_load.hpp"
#include "tests/support/tcpsrv_shards.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using namespace std::chrono_literals;

constexpr unsigned kTimeoutMs = 300;

// A 2-shard index served by two xapian-tcpsrv, and a stub with the dictionary local.
struct ServedShards {
  testing::TempDir dir;
  std::vector<std::unique_ptr<testing::TcpServer>> servers;
  std::string stub;
  ServedShards() {
    {
      IndexWriter writer(dir.file("index"), TopicTagger(), 2);
      for (const Podcast& podcast : bench::generate_corpus({.episodes = 200, .seed = 5}).podcasts) {
        writer.add_podcast(podcast, false);
      }
      writer.commit();
    }
    std::string text = "auto " + dir.file("index/dictionary") + "\n";
    for (unsigned i = 0; i < 2; ++i) {
      servers.push_back(std::make_unique<testing::TcpServer>(dir.file("index/" + shard_name(i))));
      text += "remote " + servers.back()->address() + "\n";
    }
    stub = dir.write("shards.stub", text);
  }
};

Expected<SearchResponse> browse(const Searcher& searcher) { return searcher.search(SearchRequest{}); }

void wait_past_retry() { std::this_thread::sleep_for(ShardHealth::kRetryAfter + 100ms); }

ServerOptions options_for(const std::string& stub, bool strict) {
  ServerOptions options;
  options.db_path = stub;
  options.shard_timeout_ms = kTimeoutMs;
  options.shard_connect_timeout_ms = kTimeoutMs;
  options.strict_shards = strict;
  return options;
}

// Kills shard 1 and brings it back, then hangs shard 0 and lets it go, while the load runs.
void break_and_mend(ServedShards& shards) {
  std::this_thread::sleep_for(500ms);
  shards.servers[1]->stop();
  std::this_thread::sleep_for(1500ms);
  shards.servers[1]->start();
  std::this_thread::sleep_for(1500ms);
  shards.servers[0]->pause();
  std::this_thread::sleep_for(1500ms);
  shards.servers[0]->resume();
  wait_past_retry();
}

}  // namespace

TEST_CASE("a dead or hung shard gives a partial answer naming it, and is used again when back", "[shards][faults]") {
  ServedShards shards;
  IndexReader reader(shards.stub, RemoteTimeouts{kTimeoutMs, kTimeoutMs});
  Searcher searcher(reader, SynonymTable());
  Expected<SearchResponse> full = browse(searcher);
  REQUIRE(full.ok());
  CHECK_FALSE(full.value().partial);
  CHECK(full.value().total == 200);

  shards.servers[1]->stop();
  Expected<SearchResponse> without_one = browse(searcher);
  REQUIRE(without_one.ok());
  CHECK(without_one.value().partial);
  CHECK(without_one.value().missing_shards == std::vector<std::string>{shards.servers[1]->address()});
  CHECK(without_one.value().total > 0);
  CHECK(without_one.value().total < 200);

  shards.servers[1]->start();
  wait_past_retry();
  Expected<SearchResponse> back = browse(searcher);
  REQUIRE(back.ok());
  CHECK_FALSE(back.value().partial);
  CHECK(back.value().total == 200);

  shards.servers[0]->pause();
  Expected<SearchResponse> hung = browse(searcher);
  shards.servers[0]->resume();
  REQUIRE(hung.ok());
  CHECK(hung.value().missing_shards == std::vector<std::string>{shards.servers[0]->address()});
  wait_past_retry();
  CHECK(browse(searcher).value().total == 200);

  SearcherOptions strict_options;
  strict_options.strict_shards = true;
  Searcher strict(reader, SynonymTable(), strict_options);
  shards.servers[0]->stop();
  Expected<SearchResponse> refused = browse(strict);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == ErrorCode::kUnavailable);
  CHECK(refused.error().message.find(shards.servers[0]->address()) != std::string::npos);
}

TEST_CASE("under load, shards killed, restarted and hung: every request is answered", "[shards][faults]") {
  for (bool strict : {false, true}) {
    INFO((strict ? "strict" : "partial"));
    ServedShards shards;
    testing::RunningServer server(options_for(shards.stub, strict));
    testing::StatusLoad load(server.port(), 4);
    break_and_mend(shards);
    load.stop();
    const std::map<std::string, int> counts = load.counts();
    auto count = [&](const char* key) { return counts.count(key) ? counts.at(key) : 0; };
    std::string summary;
    for (const auto& [status, n] : counts) summary += status + ": " + std::to_string(n) + "; ";
    INFO(summary);
    CHECK(count("no answer") == 0);
    // Whole answers came while every shard was up (how many depends on the machine's load: a
    // loaded CI machine gave 19 in one run); that both shards serve again is checked below.
    CHECK(count("200") > 0);
    CHECK(count(strict ? "503" : "200 partial") > 0);
    CHECK(count(strict ? "200 partial" : "503") == 0);
    for (const auto& [status, n] : counts) CHECK((status == "200" || status == "200 partial" || status == "503"));
    // Both shards are used again, without a restart, within a few retry periods.
    nlohmann::json after = nlohmann::json::object();
    for (int i = 0; i < 40 && after.value("total", 0) != 200; ++i) {
      auto res = server.client().Get("/api/search?q=");
      REQUIRE(res);
      after = nlohmann::json::parse(res->body);
      if (after.value("total", 0) != 200) std::this_thread::sleep_for(100ms);
    }
    CHECK(after["total"] == 200);
    CHECK(after["partial"] == false);
  }
}

}  // namespace podseek
