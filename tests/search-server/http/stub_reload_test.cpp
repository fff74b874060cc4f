// An edited stub is served without a restart, with real processes: podseek-server --db STUB and
// xapian-tcpsrv per shard on 127.0.0.1. A shard line added to the stub is searched within a
// few seconds (the stub is looked at once a second), a shard moved to another port is searched
// there (the old server gone), and a bad edit keeps the last good list; a load runs throughout
// and every request gets a whole answer (none partial, none failed).
#include <chrono>
#include <filesystem>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bench/corpus_generator.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/stub_watch.hpp"
#include "tests/support/live_programs.hpp"
#include "tests/support/status_load.hpp"
#include "tests/support/tcpsrv_shards.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using namespace std::chrono_literals;

constexpr int kEpisodes = 200;

// A 4-shard index, each shard behind its own xapian-tcpsrv; the stub is written by the test.
struct FourShards {
  testing::TempDir dir;
  std::vector<std::unique_ptr<testing::TcpServer>> servers;
  FourShards() {
    {
      IndexWriter writer(dir.file("index"), TopicTagger(), 4);
      for (const Podcast& podcast : bench::generate_corpus({.episodes = kEpisodes, .seed = 14}).podcasts) {
        writer.add_podcast(podcast, false);
      }
      writer.commit();
    }
    for (unsigned i = 0; i < 4; ++i) servers.push_back(std::make_unique<testing::TcpServer>(shard(i)));
  }
  std::string shard(unsigned i) const { return dir.file("index/" + shard_name(i)); }
  // Replaces the stub in one rename (as an operator's `mv new.stub shards.stub`): the dictionary,
  // then the given servers.
  std::string write_stub(const std::vector<const testing::TcpServer*>& listed) const {
    std::string text = "auto " + dir.file("index/dictionary") + "\n";
    for (const auto* server : listed) text += "remote " + server->address() + "\n";
    dir.write("shards.stub.new", text);
    std::filesystem::rename(dir.file("shards.stub.new"), dir.file("shards.stub"));
    return dir.file("shards.stub");
  }
};

nlohmann::json browse(const testing::ServerProcess& server) {
  auto res = server.client().Get("/api/search?q=");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  return nlohmann::json::parse(res->body);
}

// Asks until the total is `want` (at most 5 s: the stub is looked at once a second); the last answer.
nlohmann::json browse_until_total(const testing::ServerProcess& server, int want) {
  nlohmann::json answer = browse(server);
  for (int i = 0; i < 50 && answer.value("total", -1) != want; ++i) {
    std::this_thread::sleep_for(100ms);
    answer = browse(server);
  }
  return answer;
}

}  // namespace

TEST_CASE("podseek-server searches the shards of an edited stub without a restart, dropping no request",
          "[shards][stub]") {
  FourShards shards;
  auto& s = shards.servers;
  const std::string stub = shards.write_stub({s[0].get(), s[1].get()});
  testing::ServerProcess server(stub);
  const int two_shards = browse(server).at("total");
  CHECK(two_shards > 0);
  CHECK(two_shards < kEpisodes);
  testing::StatusLoad load(server.port(), 4);

  INFO("two shard lines added: all episodes are searched");
  shards.write_stub({s[0].get(), s[1].get(), s[2].get(), s[3].get()});
  nlohmann::json all = browse_until_total(server, kEpisodes);
  CHECK(all["total"] == kEpisodes);
  CHECK(all["partial"] == false);

  INFO("shard 3 moved to another port, its old server stopped: searched at the new port");
  testing::TcpServer moved(shards.shard(3));
  shards.write_stub({s[0].get(), s[1].get(), s[2].get(), &moved});
  std::this_thread::sleep_for(StubWatch::kCheckEvery + 500ms);
  s[3]->stop();
  for (int i = 0; i < 20; ++i) {
    nlohmann::json answer = browse(server);
    CHECK(answer["total"] == kEpisodes);
    CHECK(answer["partial"] == false);
  }

  INFO("a bad edit: the last good list stays in use");
  shards.dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:not-a-port\n");
  std::this_thread::sleep_for(StubWatch::kCheckEvery + 500ms);
  CHECK(browse(server)["total"] == kEpisodes);

  load.stop();
  const std::map<std::string, int> counts = load.counts();
  std::string summary;
  for (const auto& [status, n] : counts) summary += status + ": " + std::to_string(n) + "; ";
  INFO(summary);
  CHECK(testing::count_of(counts, "200") > 20);
  for (const auto& [status, n] : counts) CHECK(status == "200");  // no partial answer, no failure, none lost
}

}  // namespace podseek
