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

TEST_CASE("Cues of one speaker said without a pause join into passages that know each cue's start") {
  std::vector<TranscriptCue> cues = {{0, 1, "A", "one"},    {1, 2, "A", "two"},      {2, 3, "B", "three"},
                                     {3, 4, "B", ""},       {4, 5, "A", "four"},     {5, 6, "A", "five"},
                                     {6.5, 7, "A", "six"},  {190, 191, "A", "later"}};
  PassageLimits limits;
  limits.max_chars = 14;
  auto passages = join_cues(cues, limits);
  REQUIRE(passages.size() == 4);
  CHECK(passages[0].text == "one two");
  REQUIRE(passages[0].cues.size() == 2);
  CHECK(passages[0].cues[1].offset == 4);
  CHECK(passages[0].cues[1].start_seconds == 1);
  CHECK(cue_start_at(passages[0], 5) == 1);
  CHECK(cue_start_at(passages[0], 2) == 0);
  CHECK(passages[1].start_seconds == 2);  // a change of speaker
  CHECK(passages[2].text == "four five six");
  CHECK(cue_start_at(passages[2], passages[2].text.find("six")) == 6);
  CHECK(passages[3].text == "later");  // three minutes of silence: never joined
  CHECK(passages[3].start_seconds == 190);
}

TEST_CASE("Cues without an end join only when they start close together") {
  std::vector<TranscriptCue> cues = {{0, -1, "", "a"}, {8, -1, "", "b"}, {30, -1, "", "c"}};
  auto passages = join_cues(cues);
  REQUIRE(passages.size() == 2);
  CHECK(passages[0].text == "a b");
  CHECK(passages[1].start_seconds == 30);
}

TEST_CASE("Hostile cue times are refused, never overflowed (issue 15 point 2)") {
  CHECK_FALSE(parse_cue_time("99999999999:00:00.000"));  // stoi threw out_of_range here
  CHECK_FALSE(parse_cue_time("2147483647:00:00.000"));   // float-to-int overflow
  CHECK_FALSE(parse_cue_time("10000:00:00.000"));        // past kMaxCueHours
  CHECK(parse_cue_time("9999:00:00.000") == Approx(9999 * 3600.0));
  CHECK_FALSE(parse_cue_time(std::string(100000, '9')));
  CHECK_FALSE(parse_cue_time(std::string(100000, ' ')));
  CHECK(parse_cue_time(std::string(100000, ' ') + "00:01.000") == Approx(1));
  CHECK_FALSE(parse_cue_time("00:01:02.500x"));
  CHECK_FALSE(parse_cue_time("1:2:3"));
  CHECK_FALSE(parse_cue_time("00:01."));
}
