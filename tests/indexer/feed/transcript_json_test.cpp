// Tests for indexer/feed/transcript_json.cpp.
#include "indexer/feed/transcript_json.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("JSON transcript segments keep their start, speaker and body") {
  auto segments = parse_transcript_json(testing::read_fixture("netstack-9.json"), "t.json").cues;
  REQUIRE(segments.size() == 5);
  CHECK(segments[2].start == Approx(1789.2));
  CHECK(segments[2].speaker == "Lucio Franco");
  CHECK(segments[2].text == "gRPC");
}

TEST_CASE("JSON transcript entries without a body or start are skipped") {
  auto segments = parse_transcript_json(
      R"({"segments": [{"startTime": 1, "body": "kept"}, {"body": "no start"}, {"startTime": 2}, "x"]})", "t.json").cues;
  REQUIRE(segments.size() == 1);
  CHECK(segments[0].speaker == "");
}

TEST_CASE("Text that is not a JSON transcript is an input error naming it") {
  CHECK_THROWS_WITH(parse_transcript_json("WEBVTT", "t.json"), "t.json: not valid JSON");
  CHECK_THROWS_WITH(parse_transcript_json("[]", "t.json"), "t.json: no \"segments\" array");
}

TEST_CASE("JSON transcript times written as strings are read; others are a warning") {
  TranscriptRead read = parse_transcript_json(
      R"({"segments": [{"startTime": "0.5", "endTime": "2", "body": "Strings"}, {"startTime": "00:01:05.5", "body": "Clock"},
          {"startTime": "later", "body": "Word"}]})",
      "t.json");
  REQUIRE(read.cues.size() == 2);
  CHECK(read.cues[0].start == 0.5);
  CHECK(read.cues[0].end == 2);
  CHECK(read.cues[1].start == 65.5);
  CHECK(read.warnings == std::vector<std::string>{"segment 3: startTime is not a time; skipped"});
}
