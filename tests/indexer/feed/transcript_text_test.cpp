// Tests for indexer/feed/transcript_text.cpp: plain-text transcripts with timestamps.
#include "indexer/feed/transcript_text.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"

using namespace podseek;

TEST_CASE("Timestamps at the start of lines, in the styles transcript tools write, time their lines") {
  TranscriptRead read = parse_text_transcript(
      "[00:00:05] Hanna Host: Welcome back.\r\n"
      "00:01:10 - Gus Guest: Thanks.\n"
      "(02:03) No speaker here.\n"
      "Still the same moment.\n"
      "Hanna Host (1:02:03):\n"
      "A heading above the words.\n"
      "In 2025 we baked 300 loaves.\n",
      "t.txt");
  REQUIRE(read.cues.size() == 6);
  CHECK(read.cues[0].start == 5);
  CHECK(read.cues[0].speaker == "Hanna Host");
  CHECK(read.cues[0].text == "Welcome back.");
  CHECK(read.cues[1].start == 70);
  CHECK(read.cues[1].speaker == "Gus Guest");
  CHECK(read.cues[2].start == 123);
  CHECK(read.cues[3].start == 123);
  CHECK(read.cues[3].text == "Still the same moment.");
  CHECK(read.cues[4].start == 3723);
  CHECK(read.cues[4].speaker == "Hanna Host");
  CHECK(read.cues[5].text == "In 2025 we baked 300 loaves.");  // numbers without a colon are no time
  CHECK(read.warnings.empty());
}

TEST_CASE("A plain-text transcript without any timestamp is refused, naming it") {
  CHECK_THROWS_WITH(parse_text_transcript("Just words.\nIn 2025.\n", "https://x/t.txt"),
                    "https://x/t.txt: a plain-text transcript without timestamps (no moments to link to)");
  CHECK_THROWS_AS(parse_text_transcript("", "t.txt"), InputError);
}
