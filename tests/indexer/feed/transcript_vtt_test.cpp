// Tests for indexer/feed/transcript_vtt.cpp.
#include "indexer/feed/transcript_vtt.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("WebVTT cues become segments with start seconds and voice-tag speakers") {
  auto segments = parse_vtt(testing::read_fixture("netstack-11.vtt"), "t.vtt").cues;
  REQUIRE(segments.size() == 5);
  CHECK(segments[0].start == 0);
  CHECK(segments[0].speaker == "Glen De Cauwsemaecker");
  CHECK(segments[0].text == "Welcome to netstack.fm, a podcast about networking and Rust.");
  CHECK(segments[2].start == 582);
  CHECK(segments[2].speaker == "Max Inden");
  CHECK(segments[2].text == "So QUIC gives us encrypted transport & fast handshakes.");
  CHECK(segments[3].speaker == "Max Inden");
  CHECK(segments[4].speaker == "Glen De Cauwsemaecker");
  CHECK(segments[4].text == "How do you test UDP I/O in Firefox?");
}

TEST_CASE("WebVTT cues without a speaker and with a byte-order mark are read") {
  auto segments =
      parse_vtt("\xEF\xBB\xBFWEBVTT\r\n\r\n01:02.000 --> 01:03.000\r\nplain words\r\nsecond line\r\n", "t.vtt").cues;
  REQUIRE(segments.size() == 1);
  CHECK(segments[0].start == 62);
  CHECK(segments[0].speaker == "");
  CHECK(segments[0].text == "plain words second line");
}

TEST_CASE("A file without the WEBVTT header is an input error naming it") {
  CHECK_THROWS_AS(parse_vtt("00:00:01.000 --> 00:00:02.000\nhi\n", "https://x/t.vtt"), InputError);
  CHECK_THROWS_WITH(parse_vtt("", "t.vtt"), "t.vtt: not a WebVTT file (no WEBVTT header)");
}
