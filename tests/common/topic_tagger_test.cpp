// Tests for common/topic_tagger.cpp: phrase matching through the analyser, file checks.
#include "common/topic_tagger.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

TEST_CASE("Topic phrases match the text in any written form") {
  TopicTagger tagger({{"QUIC & HTTP/3", {"quic", "http/3"}}, {"Kernels", {"io_uring"}}, {"Pools", {"connection pooling"}}});
  CHECK(tagger.tag("Integrating HTTP 3 support") == std::vector<std::string>{"QUIC & HTTP/3"});
  CHECK(tagger.tag("The Evolution of IO-URing") == std::vector<std::string>{"Kernels"});
  CHECK(tagger.tag("R2D2 — Connection Pools") == std::vector<std::string>{"Pools"});
  CHECK(tagger.tag("MsQuic from Microsoft") == std::vector<std::string>{"QUIC & HTTP/3"});
  CHECK(tagger.tag("A connection and a pool").empty());
  CHECK(tagger.count_mentions("QUIC, quic and HTTP/3") == std::vector<int>{3, 0, 0});
}

TEST_CASE("The repository's topics file loads") {
  TopicTagger tagger = TopicTagger::load_file(std::string(PODSEEK_SOURCE_DIR) + "/data/topics.json");
  CHECK(tagger.topics().size() >= 10);
  CHECK(tagger.topics().size() <= 15);
}

TEST_CASE("A bad topics file is refused with the file and JSON path named") {
  testing::TempDir dir;
  struct Row { const char* text; const char* message; };
  const std::vector<Row> table = {
      {"{\"topics\": [{\"name\": \"\", \"phrases\": [\"x\"]}]}", "$.topics[0].name: must not be empty"},
      {"{\"topics\": [{\"name\": \"A\", \"phrases\": []}]}", "$.topics[0].phrases: must list at least one phrase"},
      {"{\"topics\": [{\"name\": \"A\", \"phrases\": [\"x\"], \"phrase\": 1}]}", "$.topics[0]"},
      {"{\"topic\": []}", "$.topics: is missing"},
      {"{\"topics\": [", "line 1"},
  };
  for (const Row& row : table) {
    INFO(row.text);
    std::string path = dir.write("topics.json", row.text);
    try {
      TopicTagger::load_file(path);
      FAIL("accepted");
    } catch (const InputError& e) {
      CHECK_THAT(e.what(), Catch::Contains(path) && Catch::Contains(row.message));
    }
  }
}
