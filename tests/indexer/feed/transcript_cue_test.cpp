// Tests for indexer/feed/transcript_cue.cpp.
#include "indexer/feed/transcript_cue.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("Cue times are read in VTT and SRT forms") {
  CHECK(parse_cue_time("00:01:02.500") == Approx(62.5));
  CHECK(parse_cue_time("00:01:02,500") == Approx(62.5));
  CHECK(parse_cue_time("01:02.5") == Approx(62.5));
  CHECK(parse_cue_time("1:00:00.000 ") == Approx(3600));
  CHECK_FALSE(parse_cue_time("00:61:00.000"));
  CHECK_FALSE(parse_cue_time("soon"));
}

TEST_CASE("Speaker prefixes are split off only when they look like names") {
  struct Row {
    const char* line;
    const char* speaker;
    const char* text;
  };
  const Row rows[] = {
      {"Max Inden: QUIC is fast.", "Max Inden", "QUIC is fast."},
      {"GLEN: hi", "GLEN", "hi"},
      {"note: lower-case is not a speaker", "", "note: lower-case is not a speaker"},
      {"So the answer was, as always: DNS", "", "So the answer was, as always: DNS"},
      {"Time 10:30 is not a speaker", "", "Time 10:30 is not a speaker"},
  };
  for (const Row& row : rows) {
    std::string text = row.line, speaker;
    take_speaker_prefix(text, speaker);
    CHECK(speaker == row.speaker);
    CHECK(text == row.text);
  }
}

TEST_CASE("Short cues of one speaker merge into passages that start at their first cue") {
  std::vector<TranscriptSegment> cues = {{0, "A", "one"}, {1, "A", "two"},  {2, "B", "three"},
                                         {3, "B", ""},    {4, "A", "four"}, {5, "A", "five"}};
  auto merged = merge_segments(cues, 8);
  REQUIRE(merged.size() == 4);
  CHECK(merged[0].text == "one two");
  CHECK(merged[1].start_seconds == 2);
  CHECK(merged[2].text == "four");
  CHECK(merged[3].text == "five");
}
