// A read replica kept by Xapian's replication, with real processes: the indexer writes with
// changesets (XAPIAN_MAX_CHANGESETS), xapian-replicate-server serves the master folder,
// xapian-replicate keeps a replica checking every second, and a search on the replica finds a
// new commit within 2 s of it.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/tcpsrv_shards.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using Clock = std::chrono::steady_clock;

Podcast show_with(int episodes) {
  Podcast podcast{.title = "Replicated Show"};
  for (int n = 1; n <= episodes; ++n) {
    podcast.episodes.push_back({.guid = "r" + std::to_string(n), .number = n,
                                .title = "Replicated episode " + std::to_string(n) + (n == 31 ? " zanzibarite" : "")});
  }
  return podcast;
}

void index(const std::string& path, int episodes) {
  IndexWriter writer(path, TopicTagger());
  writer.add_podcast(show_with(episodes), false);
  writer.commit();
}

int total_for(const Searcher& searcher, const std::string& query) {
  SearchRequest request;
  request.query = query;
  Expected<SearchResponse> response = searcher.search(request);
  return response.ok() ? response.value().total : -1;
}

// Polls until the search finds `want` episodes or `limit` has passed; how long it took.
std::chrono::milliseconds time_until(const Searcher& searcher, const std::string& query, int want,
                                     std::chrono::milliseconds limit) {
  const auto start = Clock::now();
  while (total_for(searcher, query) != want && Clock::now() - start < limit) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

}  // namespace

TEST_CASE("a search node on a replica serves a new commit within 2 s", "[replica]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.file("master"));
  ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);  // the writer keeps changesets for replicas
  index(dir.file("master/index"), 30);
  const int port = testing::free_local_port();
  testing::SessionProcess server(
      {"/usr/bin/xapian-replicate-server", "-I", "127.0.0.1", "-p", std::to_string(port), dir.file("master")});
  testing::wait_until_listening(port, "xapian-replicate-server");
  testing::SessionProcess replica({"/usr/bin/xapian-replicate", "-h", "127.0.0.1", "-p", std::to_string(port), "-m",
                                   "index", "-i", "1", "-r", "0", "-q", dir.file("replica")});
  IndexReader reader(dir.file("replica"));
  Searcher searcher(reader, SynonymTable());
  REQUIRE(time_until(searcher, "replicated", 30, std::chrono::seconds(20)).count() < 20000);  // the first copy
  CHECK(total_for(searcher, "zanzibarite") == 0);

  index(dir.file("master/index"), 31);  // a real commit on the master
  std::chrono::milliseconds took = time_until(searcher, "zanzibarite", 1, std::chrono::seconds(5));
  UNSCOPED_INFO("the replica served the commit after " << took.count() << " ms");
  CHECK(took.count() <= 2000);
  CHECK(total_for(searcher, "replicated") == 31);
  ::unsetenv("XAPIAN_MAX_CHANGESETS");
}

}  // namespace podseek
