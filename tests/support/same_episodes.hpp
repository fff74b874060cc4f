// Checks that a podcast or episode read back (from a feed, from the index) says what the one
// written said: the fields both round trips keep, compared one CHECK each so a failure names it.
// Thread safety: Catch assertions, test thread only.
#pragma once

#include <cstddef>

#include <catch2/catch.hpp>

#include "common/episode.hpp"

namespace podseek::testing {

inline void check_same_podcast_header(const Podcast& got, const Podcast& want) {
  CHECK(got.title == want.title);
  CHECK(got.url == want.url);
  CHECK(got.description == want.description);
  CHECK(got.deep_link_template == want.deep_link_template);
}

// guid, title, url, guests, hosts and description.
inline void check_same_episode_text(const Episode& got, const Episode& want) {
  CHECK(got.guid == want.guid);
  CHECK(got.title == want.title);
  CHECK(got.url == want.url);
  CHECK(got.guests == want.guests);
  CHECK(got.hosts == want.hosts);
  CHECK(got.description == want.description);
}

inline void check_same_chapters(const Episode& got, const Episode& want) {
  REQUIRE(got.chapters.size() == want.chapters.size());
  for (std::size_t c = 0; c < want.chapters.size(); ++c) {
    CHECK(got.chapters[c].title == want.chapters[c].title);
    CHECK(got.chapters[c].start_seconds == want.chapters[c].start_seconds);
  }
}

}  // namespace podseek::testing
