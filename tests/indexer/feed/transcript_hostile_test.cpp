// Issue 15 point 2: inputs that crashed the transcript readers (found by a libFuzzer + ASan harness)
// are now a clear warning or error, never a crash. Each is one input, read by every reader it fits.
#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "indexer/feed/transcript_json.hpp"
#include "indexer/feed/transcript_srt.hpp"
#include "indexer/feed/transcript_vtt.hpp"

using namespace podseek;

namespace {

std::string vtt_cue(const std::string& timing, const std::string& text) { return "WEBVTT\n\n" + timing + "\n" + text + "\n"; }
std::string srt_cue(const std::string& timing, const std::string& text) { return "1\n" + timing + "\n" + text + "\n"; }

}  // namespace

TEST_CASE("A cue time of 99999999999 hours is a warning, not an uncaught out_of_range") {
  std::string timing = "99999999999:00:00.000 --> 99999999999:00:01.000";
  TranscriptRead vtt = parse_vtt(vtt_cue(timing, "hi") + "\n00:00:01.000 --> 00:00:02.000\nok\n", "t.vtt");
  REQUIRE(vtt.cues.size() == 1);
  REQUIRE(vtt.warnings.size() == 1);
  CHECK(vtt.warnings[0] == "block 1 (line 3): cue timing is not a time; skipped");
  TranscriptRead srt = parse_srt(srt_cue(timing, "hi") + "\n2\n00:00:01,000 --> 00:00:02,000\nok\n", "t.srt");
  CHECK(srt.cues.size() == 1);
  CHECK(srt.warnings.at(0) == "cue 1 (line 1): timing is not a time; skipped");
}

TEST_CASE("A cue time of 2147483647 hours is a warning, not a float-to-int overflow") {
  TranscriptRead vtt = parse_vtt(vtt_cue("2147483647:00:00.000 --> 2147483647:00:01.000", "hi"), "t.vtt");
  CHECK(vtt.cues.empty());
  CHECK(vtt.warnings.size() == 1);
  TranscriptRead json = parse_transcript_json(R"({"segments": [{"startTime": 7.7e12, "body": "hi"}]})", "t.json");
  CHECK(json.cues.empty());
  CHECK(json.warnings.at(0) == "segment 1: startTime is not a time; skipped");
}

TEST_CASE("100,000 spaces or digits before --> are read without a stack overflow") {
  TranscriptRead spaces = parse_vtt(vtt_cue(std::string(100000, ' ') + "00:00:01.000 --> 00:00:02.000", "hi"), "t.vtt");
  REQUIRE(spaces.cues.size() == 1);
  CHECK(spaces.cues[0].start == Approx(1));
  TranscriptRead digits = parse_vtt(vtt_cue(std::string(100000, '1') + " --> 00:00:02.000", "hi"), "t.vtt");
  CHECK(digits.cues.empty());
  CHECK(digits.warnings.size() == 1);
  TranscriptRead srt = parse_srt(srt_cue(std::string(100000, '7') + " --> 00:00:02,000", "hi"), "t.srt");
  CHECK(srt.cues.empty());
  CHECK(srt.warnings.size() == 1);
}

TEST_CASE("A voice tag of 100,000 characters is no speaker, and no crash") {
  TranscriptRead read = parse_vtt(vtt_cue("00:00:01.000 --> 00:00:02.000", "<v " + std::string(100000, 'a')), "t.vtt");
  CHECK(read.cues.size() <= 1);  // an unclosed tag is markup: no text is left
  TranscriptRead closed =
      parse_vtt(vtt_cue("00:00:01.000 --> 00:00:02.000", "<v " + std::string(100000, 'a') + ">said"), "t.vtt");
  REQUIRE(closed.cues.size() == 1);
  CHECK(closed.cues[0].speaker.empty());
  CHECK(closed.cues[0].text == "said");
}

TEST_CASE("An SRT cue of '<' and 100,000 spaces is read without a stack overflow") {
  TranscriptRead read = parse_srt(srt_cue("00:00:01,000 --> 00:00:02,000", "<" + std::string(100000, ' ') + "x"), "t.srt");
  CHECK(read.cues.size() <= 1);
  TranscriptRead vtt = parse_vtt(vtt_cue("00:00:01.000 --> 00:00:02.000", "<" + std::string(100000, ' ') + "x"), "t.vtt");
  CHECK(vtt.cues.size() <= 1);
}

TEST_CASE("Cues past the limit are dropped with one warning") {
  std::string text = "WEBVTT\n";
  for (int i = 0; i < 5; ++i) text += "\n00:00:0" + std::to_string(i) + ".000 --> 00:00:0" + std::to_string(i + 1) + ".000\nw\n";
  TranscriptLimits limits;
  limits.max_cues = 3;
  TranscriptRead read = parse_vtt(text, "t.vtt", limits);
  CHECK(read.cues.size() == 3);
  CHECK(read.warnings == std::vector<std::string>{"more than 3 cues; the rest dropped"});
}
