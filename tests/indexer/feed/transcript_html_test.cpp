// Tests for indexer/feed/transcript_html.cpp.
#include "indexer/feed/transcript_html.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("HTML transcript paragraphs become cues with the last <time> and <cite> before them") {
  TranscriptRead read = parse_transcript_html(testing::read_fixture("transcript.html"), "t.html");
  REQUIRE(read.cues.size() == 3);
  CHECK(read.cues[0].speaker == "Anna Berg");
  CHECK(read.cues[0].start == 0);
  CHECK(read.cues[0].text == "Welcome to the show about networking & Rust.");
  CHECK(read.cues[1].speaker == "Tom");
  CHECK(read.cues[1].start == 3903);
  CHECK(read.cues[2].start == 3903);
  CHECK(read.warnings == std::vector<std::string>{"<time> 3 \"soon\" is not a time"});
}

TEST_CASE("HTML without any <time> and no timestamps in its text is not a transcript, and deep nesting is no crash") {
  CHECK_THROWS_WITH(parse_transcript_html("<p>just words</p>", "t.html"),
                    "t.html: a plain-text transcript without timestamps (no moments to link to)");
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "<time>0:01</time><p>deep</p>";
  try {
    std::size_t cues = parse_transcript_html(deep, "t.html").cues.size();
    CHECK(cues <= 1);
  } catch (const InputError&) {
    SUCCEED("libxml2 stopped at its depth limit: an error, not a crash");
  }
}

TEST_CASE("The real Buzzsprout HTML transcript is read (feeds-wild)") {
  std::string path = std::string(PODSEEK_SOURCE_DIR) + "/../shared/feeds-wild/podcast-namespace--transcript-example.html";
  if (!std::filesystem::exists(path)) {
    WARN("skipped: ../shared/feeds-wild is absent");
    return;
  }
  TranscriptRead read = parse_transcript_html(testing::read_file(path), path);
  REQUIRE(read.cues.size() == 10);  // one per <p>
  CHECK(read.cues[0].speaker == "Travis");
  CHECK(read.cues[1].speaker == "Sarah");
  CHECK(read.cues[1].start == 53);
  CHECK(read.warnings.empty());
}

TEST_CASE("HTML whose times are written in its text is read line by line") {
  TranscriptRead read = parse_transcript_html(
      "<html><body><h1>Episode 4</h1><p>[00:00:05] Hanna Host: Welcome back.</p>"
      "<p><strong>Gus Guest</strong> 01:10</p><p>Thanks for having me.</p></body></html>",
      "t.html");
  REQUIRE(read.cues.size() == 2);
  CHECK(read.cues[0].start == 5);
  CHECK(read.cues[0].speaker == "Hanna Host");
  CHECK(read.cues[0].text == "Welcome back.");
  CHECK(read.cues[1].start == 70);
  CHECK(read.cues[1].speaker == "Gus Guest");
  CHECK(read.warnings == std::vector<std::string>{"1 line before the first timestamp; skipped"});
}
