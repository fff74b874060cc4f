// The real podseek-server keeps answering every request while the real podseek-indexer writes a
// large update into the index it serves, and serves the new episodes once the update commits.
#include <chrono>
#include <iostream>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "common/corpus_json.hpp"
#include "tests/support/big_podcast.hpp"
#include "tests/support/live_programs.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/search_load.hpp"

using namespace podseek;
using namespace podseek::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kBigEpisodes = 1000;
constexpr int kBigChapters = 12;

// How many episodes a search finds on the server, or -1 when it did not answer 200.
int search_total(const ServerProcess& server, const std::string& query) {
  auto res = server.client().Get("/api/search?q=" + query);
  if (!res || res->status != 200) return -1;
  return nlohmann::json::parse(res->body).at("total").get<int>();
}

// Waits (a few seconds at most) until a search finds something; its total at the end.
int wait_for_hits(const ServerProcess& server, const std::string& query) {
  int total = search_total(server, query);
  for (auto until = std::chrono::steady_clock::now() + 5s; total <= 0 && std::chrono::steady_clock::now() < until;) {
    std::this_thread::sleep_for(20ms);
    total = search_total(server, query);
  }
  return total;
}

}  // namespace

TEST_CASE("Every request succeeds while a large update is written, and the update is served once committed") {
  NetstackIndex base;
  TempDir dir;
  save_corpus_file(big_podcast("Big Show", kBigEpisodes, kBigChapters, "quokkaspeed"), dir.file("big.json"));
  const int before = committed_episodes(base.path());
  ServerProcess server(base.path());
  REQUIRE(server.episode_count() == before);
  REQUIRE(search_total(server, "quokkaspeed") == 0);

  SearchLoad load(server.port(), 2, 20000, 90s);
  auto started = std::chrono::steady_clock::now();
  int status = run_indexer(base.path(), {dir.file("big.json")}, dir.file("indexer.log"));
  double indexing_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  int sent_while_indexing = load.sent();
  REQUIRE(describe_status(status) == "exit 0");

  CHECK(wait_for_hits(server, "quokkaspeed") == 1);
  CHECK(server.episode_count() == before + kBigEpisodes);
  std::this_thread::sleep_for(300ms);  // and a little more load on the new revision
  load.stop();

  std::cout << "live update: " << kBigEpisodes << " episodes indexed in " << indexing_seconds << " s; " << load.sent()
            << " requests (" << sent_while_indexing << " while indexing), " << load.failed() << " not 200\n";
  for (const auto& failure : load.failures()) std::cout << "  " << failure << "\n";
  CHECK(sent_while_indexing > 20);
  CHECK(load.failed() == 0);
}

TEST_CASE("Every request succeeds while small updates are committed back to back on a large index") {
  NetstackIndex base;
  TempDir dir;
  save_corpus_file(big_podcast("Big Show", kBigEpisodes, kBigChapters, "quokkaspeed"), dir.file("big.json"));
  REQUIRE(describe_status(run_indexer(base.path(), {dir.file("big.json")}, dir.file("big.log"))) == "exit 0");
  const int before = committed_episodes(base.path());
  ServerProcess server(base.path());

  // /api/topics and /api/guests read every episode: slow enough to see two commits land.
  SearchLoad load(server.port(), 3, 20000, 90s);
  constexpr int kCommits = 12;
  for (int k = 1; k <= kCommits; ++k) {
    REQUIRE(describe_status(run_indexer(base.path(), {marker_corpus(dir, k)}, dir.file("marker.log"))) == "exit 0");
  }
  load.stop();
  std::cout << "back-to-back commits: " << kCommits << " commits, " << load.sent() << " requests, " << load.failed()
            << " not 200\n";
  for (const auto& failure : load.failures()) std::cout << "  " << failure << "\n";
  CHECK(server.episode_count() == before + kCommits);
  CHECK(load.failed() == 0);
}
