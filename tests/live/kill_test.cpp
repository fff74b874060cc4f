// Killing the real podseek-indexer with SIGKILL at any moment of a large update (while it reads,
// while it writes, while it commits) leaves the last committed index: it opens, a running server
// answers from it, and the next indexer run takes the write lock and commits normally.
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include <catch2/catch.hpp>

#include "common/corpus_json.hpp"
#include "tests/support/big_podcast.hpp"
#include "tests/support/live_programs.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/search_load.hpp"

using namespace podseek;
using namespace podseek::testing;
using namespace std::chrono_literals;

namespace {

// Big enough that the update still runs at the last timed kill point (2 s): since indexing got
// faster, 1,000 episodes could finish before it.
constexpr int kBigEpisodes = 4000;
constexpr int kBigChapters = 12;
constexpr int kDocumentsPerEpisode = 1 + kBigChapters;
// What Xapian would commit by itself outside a transaction (its default; podseek-indexer flushes
// every 2,000, so this is the stricter bound).
constexpr int kXapianAutoCommitChanges = 10000;

// When to kill: a time after the start, or the first progress line at or past a share of the episodes
// (1.0: the closing "N/N" line, printed just before the update is committed).
struct KillPoint {
  std::chrono::milliseconds after{0};
  double progress = -1;
  std::string describe() const {
    return progress < 0 ? std::to_string(after.count()) + " ms" : std::to_string(int(progress * 100)) + "% progress";
  }
};

struct Progress {
  int done = 0;
  int total = 0;
};

// The last "indexing SOURCE: D/T episodes" line of an indexer's stderr.
std::optional<Progress> last_progress(const std::string& log) {
  std::ifstream in(log);
  std::optional<Progress> last;
  for (std::string line; std::getline(in, line);) {
    std::size_t colon = line.rfind(": "), slash = line.rfind('/');
    if (line.rfind("indexing ", 0) != 0 || colon == std::string::npos || slash == std::string::npos) continue;
    // The last line may be cut short by the kill: read only whole numbers, skip the rest.
    int done = 0, total = 0;
    const char* begin = line.data();
    auto first = std::from_chars(begin + colon + 2, begin + line.size(), done);
    auto second = std::from_chars(begin + slash + 1, begin + line.size(), total);
    if (first.ec != std::errc() || second.ec != std::errc() || slash < colon) continue;
    last = Progress{done, total};
  }
  return last;
}

// The bytes of every file of the index: grows once the indexer writes its update's blocks.
std::uintmax_t index_bytes(const std::string& db) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

bool kill_due(const KillPoint& point, std::chrono::steady_clock::time_point started, const std::string& log) {
  if (point.progress < 0) return std::chrono::steady_clock::now() - started >= point.after;
  std::optional<Progress> progress = last_progress(log);
  return progress && progress->done >= point.progress * progress->total;
}

struct KillOutcome {
  std::string status;  // "signal 9" when the kill landed while the indexer ran
  std::optional<Progress> progress;
  double seconds = 0;
  std::intmax_t bytes_written = 0;  // growth of the index files before the kill
};

// Starts an indexer run and kills it with SIGKILL at the kill point (or when it has run 60 s).
KillOutcome run_and_kill(const KillPoint& point, const std::string& db, const std::string& source,
                         const std::string& log) {
  const std::uintmax_t bytes_before = index_bytes(db);
  auto started = std::chrono::steady_clock::now();
  ChildProcess indexer(indexer_argv(db, {source}), Output::null(), Output::file(log));
  std::optional<int> ended;
  while (!ended && !kill_due(point, started, log) && std::chrono::steady_clock::now() - started < 60s) {
    ended = indexer.wait_for(2ms);
  }
  if (!ended) {
    indexer.send_signal(SIGKILL);
    ended = indexer.wait_for(10s);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::intmax_t grown = static_cast<std::intmax_t>(index_bytes(db)) - static_cast<std::intmax_t>(bytes_before);
  return {ended ? describe_status(*ended) : "still running", last_progress(log), seconds, grown};
}

// The index and the server show exactly `expected` episodes, and searches answer 200.
void check_serves(const ServerProcess& server, const std::string& db, int expected) {
  CHECK(committed_episodes(db) == expected);
  CHECK(server.episode_count() == expected);
  CHECK(server.search_status("quic") == 200);
}

}  // namespace

TEST_CASE("An indexer killed at any moment of a large update leaves the last committed index, unlocked") {
  NetstackIndex base;
  TempDir dir;
  const std::string db = base.path();
  const std::string big = dir.file("big.json");
  save_corpus_file(big_podcast("Big Show", kBigEpisodes, kBigChapters, "quokkaspeed"), big);
  int expected = committed_episodes(db);
  ServerProcess server(db);
  SearchLoad load(server.port(), 1, 100000, 120s);

  const std::vector<KillPoint> points = {{50ms}, {200ms}, {500ms}, {1000ms}, {2000ms}, {0ms, 0.5}, {0ms, 1.0}};
  int most_documents_killed = 0;
  for (std::size_t k = 0; k < points.size(); ++k) {
    const KillPoint& point = points[k];
    KillOutcome outcome = run_and_kill(point, db, big, dir.file("kill-" + std::to_string(k) + ".log"));
    int done = outcome.progress ? outcome.progress->done : 0;
    std::cout << "kill at " << point.describe() << ": " << outcome.status << " after " << outcome.seconds
              << " s, last progress " << done << "/" << kBigEpisodes << " episodes, index files grew by "
              << outcome.bytes_written << " bytes\n";
    INFO("kill at " << point.describe() << ", last progress " << done << " episodes");
    REQUIRE(outcome.status == "signal 9");  // the kill landed before the indexer finished
    if (point.progress >= 0) REQUIRE(done >= point.progress * kBigEpisodes);
    most_documents_killed = std::max(most_documents_killed, done * kDocumentsPerEpisode);
    check_serves(server, db, expected);

    int status = run_indexer(db, {marker_corpus(dir, static_cast<int>(k) + 1)}, dir.file("after-kill.log"));
    CHECK(describe_status(status) == "exit 0");  // the write lock died with the killed indexer
    check_serves(server, db, ++expected);
  }
  // Without the transaction, Xapian would have committed a partial update by then.
  CHECK(most_documents_killed > kXapianAutoCommitChanges);

  CHECK(describe_status(run_indexer(db, {big}, dir.file("full.log"))) == "exit 0");
  check_serves(server, db, expected + kBigEpisodes);
  load.stop();
  std::cout << "during the kills: " << load.sent() << " requests, " << load.failed() << " not 200\n";
  for (const auto& failure : load.failures()) std::cout << "  " << failure << "\n";
  CHECK(load.failed() == 0);
}
