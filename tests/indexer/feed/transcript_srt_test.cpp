// Tests for indexer/feed/transcript_srt.cpp.
#include "indexer/feed/transcript_srt.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("SRT cues become segments with start seconds and prefix speakers") {
  auto segments = parse_srt(testing::read_fixture("netstack-10.srt"), "t.srt").cues;
  REQUIRE(segments.size() == 4);
  CHECK(segments[0].speaker == "Glen De Cauwsemaecker");
  CHECK(segments[0].text == "Welcome to netstack.fm.");
  CHECK(static_cast<int>(segments[2].start) == 2577);
  CHECK(segments[2].speaker == "Joshua Liebow-Feeser");
  CHECK(segments[2].text == "zerocopy makes zero-cost memory manipulation safe.");
  CHECK(segments[3].speaker == "");
  CHECK(segments[3].text == "It started in Fuchsia.");
}

TEST_CASE("Text without SRT cue timings is an input error naming it") {
  CHECK_THROWS_WITH(parse_srt("just some words\nmore words\n", "t.srt"), "t.srt: not an SRT file (no cue timings)");
  CHECK(parse_srt("", "t.srt").cues.empty());
}
