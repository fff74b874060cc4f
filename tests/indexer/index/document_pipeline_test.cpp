// Tests for indexer/document_pipeline.cpp: order, end, failures and early stop.
#include "indexer/index/document_pipeline.hpp"

#include <atomic>
#include <stdexcept>

#include <catch2/catch.hpp>

using namespace podseek;

namespace {

std::vector<Episode> episodes(int count) {
  std::vector<Episode> out;
  for (int n = 1; n <= count; ++n) out.push_back(Episode{.guid = "g" + std::to_string(n), .number = n});
  return out;
}

EpisodeDocuments named_after(const Episode& episode) {
  EpisodeDocuments docs;
  docs.episode_id = episode.guid;
  return docs;
}

}  // namespace

TEST_CASE("The pipeline hands out every episode's documents in order, then nothing") {
  // More episodes than the queue holds, so the builder has to wait for the writer.
  const int count = static_cast<int>(DocumentPipeline::kQueueLength) * 3 + 5;
  std::vector<Episode> input = episodes(count);
  DocumentPipeline pipeline(input, named_after);
  for (int n = 1; n <= count; ++n) {
    std::optional<EpisodeDocuments> docs = pipeline.next();
    REQUIRE(docs);
    CHECK(docs->episode_id == "g" + std::to_string(n));
  }
  CHECK_FALSE(pipeline.next());
  CHECK_FALSE(pipeline.next());
}

TEST_CASE("A failure while building reaches the writer after the episodes built before it") {
  std::vector<Episode> input = episodes(5);
  DocumentPipeline pipeline(input, [](const Episode& episode) {
    if (episode.number == 3) throw std::runtime_error("episode 3 is broken");
    return named_after(episode);
  });
  CHECK(pipeline.next()->episode_id == "g1");
  CHECK(pipeline.next()->episode_id == "g2");
  CHECK_THROWS_WITH(pipeline.next(), "episode 3 is broken");
}

TEST_CASE("A pipeline the writer abandons stops building and joins") {
  std::vector<Episode> input = episodes(1000);
  std::atomic<int> built = 0;
  {
    DocumentPipeline pipeline(input, [&](const Episode& episode) {
      built++;
      return named_after(episode);
    });
    CHECK(pipeline.next()->episode_id == "g1");
  }
  // The builder can be at most a full queue (plus the one it was building) ahead of the writer.
  CHECK(built <= static_cast<int>(DocumentPipeline::kQueueLength) + 2);
}

TEST_CASE("An empty podcast ends at once") {
  std::vector<Episode> input;
  DocumentPipeline pipeline(input, named_after);
  CHECK_FALSE(pipeline.next());
}
