// Tests for common/text_chapters.cpp: the one chapter-list splitter of feeds and episode pages.
#include "common/text_chapters.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

namespace {

std::vector<std::pair<int, std::string>> pairs(const std::vector<Chapter>& chapters) {
  std::vector<std::pair<int, std::string>> out;
  for (const Chapter& chapter : chapters) out.emplace_back(chapter.start_seconds, chapter.title);
  return out;
}

}  // namespace

TEST_CASE("Chapters one per line are read in their written forms") {
  auto chapters = chapters_from_text(
      "What happens when a route leaks.\nTimestamps:\n(00:00) Cold open\n(03:15) - Who announced what\n"
      "[41:50] Lessons learned\n1:02:03 \xE2\x80\x93 Outro\nThanks for listening.");
  CHECK(pairs(chapters) ==
        std::vector<std::pair<int, std::string>>{
            {0, "Cold open"}, {195, "Who announced what"}, {2510, "Lessons learned"}, {3723, "Outro"}});
}

TEST_CASE("Chapters run together as on netstack.fm are split at each timestamp") {
  auto chapters = chapters_from_text(
      "RamaIf you like this podcast: https://ramaproxy.orgChapters00:00 Intro00:39 Introduction to "
      "Joshua Liebow-Feeser11:41 The Origins of Netstack 317:21 The Philosophy Behind Netstack 3"
      "55:22 Async usage in Netstack301:00:36 Comparing netstack3 with smolltcp"
      "01:42:42 OutroNetstack.FMMore information: https://netstack.fm/#episode-10");
  CHECK(pairs(chapters) == std::vector<std::pair<int, std::string>>{{0, "Intro"},
                                                                    {39, "Introduction to Joshua Liebow-Feeser"},
                                                                    {701, "The Origins of Netstack 3"},
                                                                    {1041, "The Philosophy Behind Netstack 3"},
                                                                    {3322, "Async usage in Netstack3"},
                                                                    {3636, "Comparing netstack3 with smolltcp"},
                                                                    {6162, "Outro"}});
}

TEST_CASE("Run-together starts are read as H:MM:SS and MM:SS in increasing order") {
  auto chapters = chapters_from_text("00:00 Intro09:59 Part 359:00 Later1:00:00 Hour mark");
  CHECK(pairs(chapters) == std::vector<std::pair<int, std::string>>{
                               {0, "Intro"}, {599, "Part 3"}, {59 * 60, "Later"}, {3600, "Hour mark"}});
}

TEST_CASE("A long run of digits and colons is scanned once and gives no chapters") {
  std::string text(200000, '1');
  for (std::size_t i = 2; i < text.size(); i += 3) text[i] = ':';
  CHECK(chapters_from_text(text).empty());
  CHECK(chapters_from_text(std::string(100000, ' ') + "00:00 A" + std::string(100000, ' ') + "01:00 B").size() == 2);
}

TEST_CASE("A year glued to a timestamp stays in the title") {
  auto chapters = chapters_from_text("05:52 Origins of Carl09:12 Carl discovers Rust in 201413:40 Creation of mio");
  CHECK(pairs(chapters) == std::vector<std::pair<int, std::string>>{{352, "Origins of Carl"},
                                                                    {552, "Carl discovers Rust in 2014"},
                                                                    {820, "Creation of mio"}});
}

TEST_CASE("Text without a chapter list gives no chapters") {
  CHECK(chapters_from_text("").empty());
  CHECK(chapters_from_text("We met at 10:30 and talked about QUIC.").empty());
  CHECK(chapters_from_text("10:00 Start\n05:00 Earlier").empty());
}

TEST_CASE("The chapter list and its heading are taken out of the text") {
  struct Row {
    const char* text;
    const char* rest;
  };
  const Row rows[] = {
      {"About QUIC.\nChapters\n00:00 Intro\n09:42 QUIC\nThanks!", "About QUIC.\nThanks!"},
      {"About QUIC.\nTimestamps:\n(00:00) Intro\n(09:42) QUIC", "About QUIC."},
      {"Notes.Chapters00:00 Intro09:42 QUIC in FirefoxNetstack.FMMore information",
       "Notes.Netstack.FMMore information"},
      {"00:00 Intro\n01:00 Next\nAfter.", "After."},
      {"No chapters at 10:30.", "No chapters at 10:30."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(without_chapter_list(row.text, find_text_chapters(row.text)) == row.rest);
  }
}

TEST_CASE("Long runs of digits and colons are scanned in one pass") {
  std::string digits(100000, '1');
  CHECK(chapters_from_text(digits).empty());
  std::string colons;
  for (int i = 0; i < 20000; ++i) colons += "12:";
  CHECK(chapters_from_text(colons).empty());
  CHECK(pairs(chapters_from_text(std::string(50000, ' ') + "1:02:03 A\n1:05:00 B")) ==
        std::vector<std::pair<int, std::string>>{{3723, "A"}, {3900, "B"}});
}
