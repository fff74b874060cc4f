// Tests for indexer/feed/feed_duration.cpp: itunes:duration as hosts write it.
#include "indexer/feed/feed_duration.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("Durations are read in every form hosts write") {
  struct Row {
    const char* text;
    int seconds;
  };
  const Row rows[] = {
      {"3725", 3725},        {"3725.5", 3725},       {" 45:30 ", 2730},    {"1:02:03", 3723},
      {"1:02:03.500", 3723}, {"01:02:03.5", 3723},   {"62:03", 3723},      {"90:00", 5400},
      {"0", 0},              {"00:00:00", 0},        {"PT1H2M3S", 3723},   {"PT45M", 2700},
      {"PT1H2M3.25S", 3723}, {"P0DT1H", 3600},       {"pt30s", 30},        {"1h 2m 3s", 3723},
      {"45 min", 2700},      {"1 hr, 5 mins", 3900}, {"2 hours", 7200},    {"1:2:3", 3723},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(parse_feed_duration(row.text) == row.seconds);
  }
}

TEST_CASE("Text that is no duration gives none") {
  for (const char* text : {"", "-5", "3,725", "01:02:03:04", "about an hour", "1:60", "PT", "12 parsecs",
                           "1.2.3", "3725.", "99999999", "h", "PT1H2X"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_feed_duration(text));
  }
}
