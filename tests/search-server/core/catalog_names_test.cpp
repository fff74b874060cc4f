// Tests for the catalog's guest and topic lists (search-server/core/catalog_names.cpp) and for
// finding an episode by number and its neighbours without reading every episode (catalog.cpp).
#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "search-server/core/catalog.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

Episode dated(const std::string& guid, int number, const std::string& published, std::vector<std::string> guests) {
  Episode e{.guid = guid, .number = number, .title = "Talk " + guid};
  e.published = published;
  e.guests = std::move(guests);
  return e;
}

// "Busy Show": Ada Example in kListedEpisodes + 2 episodes (once written "ADA EXAMPLE"), Ben once;
// "Other Show": one episode numbered 1 like Busy Show's first, and one numbered 900 alone.
struct Fixture {
  testing::TempDir dir;
  IndexReader reader{dir.file("db")};
  Catalog catalog{reader};
  static constexpr int kAdaEpisodes = NamedEpisodes::kListedEpisodes + 2;

  Fixture() {
    IndexWriter writer(dir.file("db"), TopicTagger());
    Podcast busy{.title = "Busy Show"};
    for (int n = 1; n <= kAdaEpisodes; ++n) {
      char date[16];
      std::snprintf(date, sizeof date, "2024-01-%02d", n);
      busy.episodes.push_back(dated("b" + std::to_string(n), n, date, {n == 2 ? "ADA EXAMPLE" : "Ada Example"}));
    }
    busy.episodes.push_back(dated("ben", 100, "2023-06-01", {"Ben Sample"}));
    writer.add_podcast(busy, false);
    Podcast other{.title = "Other Show"};
    other.episodes = {dated("o1", 1, "2022-01-01", {"Cy Other"}), dated("o900", 900, "2022-02-01", {})};
    writer.add_podcast(other, false);
    writer.commit();
  }
};

std::vector<std::string> names(const NamedList& list) {
  std::vector<std::string> out;
  for (const auto& item : list.items) out.push_back(item.name);
  return out;
}

}  // namespace

TEST_CASE("Guests are counted exactly from their terms, paged, with only their newest episodes listed") {
  Fixture f;
  auto all = f.catalog.guests(1, 10);
  REQUIRE(all.ok());
  CHECK(all.value().total == 3);  // "ADA EXAMPLE" and "Ada Example" are one guest
  CHECK(names(all.value()) == std::vector<std::string>{"Ada Example", "Ben Sample", "Cy Other"});
  const NamedEpisodes& ada = all.value().items.front();
  CHECK(ada.count == Fixture::kAdaEpisodes);
  REQUIRE(ada.episodes.size() == static_cast<std::size_t>(NamedEpisodes::kListedEpisodes));
  CHECK(ada.episodes.front().id == "busy-show/" + std::to_string(Fixture::kAdaEpisodes));  // newest first
  CHECK(ada.episodes.front().title == "Talk b" + std::to_string(Fixture::kAdaEpisodes));
  CHECK(ada.episodes.back().id == "busy-show/3");  // b1 and b2, the oldest, are only counted

  auto second = f.catalog.guests(2, 2);
  REQUIRE(second.ok());
  CHECK(second.value().total == 3);
  CHECK(second.value().page == 2);
  CHECK(names(second.value()) == std::vector<std::string>{"Cy Other"});
  auto past = f.catalog.guests(3, 2);
  REQUIRE(past.ok());
  CHECK(past.value().items.empty());
  CHECK(f.catalog.guests(0, 10).error().code == ErrorCode::kInvalidArgument);
  CHECK(f.catalog.guests(1, SearchLimits::kMaxPerPage + 1).error().code == ErrorCode::kInvalidArgument);
}

TEST_CASE("The guest list follows a new index revision") {
  Fixture f;
  REQUIRE(f.catalog.guests(1, 10).value().total == 3);
  {
    IndexWriter writer(f.dir.file("db"), TopicTagger());
    Podcast late{.title = "Late Show"};
    late.episodes = {dated("l1", 1, "2025-01-01", {"Dee Newcomer"})};
    writer.add_podcast(late, false);
    writer.commit();
  }
  auto after = f.catalog.guests(1, 10);
  REQUIRE(after.ok());
  CHECK(after.value().total == 4);
  CHECK(names(after.value()).back() == "Dee Newcomer");
}

TEST_CASE("Topics on netstack.fm keep the topics file's order and count every episode") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  Catalog catalog(reader);
  auto topics = catalog.topics(1, SearchLimits::kMaxPerPage);
  REQUIRE(topics.ok());
  REQUIRE(!topics.value().items.empty());
  CHECK(topics.value().total == static_cast<int>(topics.value().items.size()));
  CHECK(topics.value().items.front().name == "QUIC & HTTP/3");
  for (const auto& topic : topics.value().items) {
    INFO(topic.name);
    CHECK(topic.count == static_cast<int>(topic.episodes.size()));  // netstack.fm has fewer than kListedEpisodes each
    CHECK(topic.count > 0);
  }
}

TEST_CASE("An episode number is found through the number slot; one in several podcasts is ambiguous") {
  Fixture f;
  auto alone = f.catalog.episode("900");
  REQUIRE(alone.ok());
  CHECK(alone.value().stored.id == "other-show/900");
  auto ambiguous = f.catalog.episode("1");
  REQUIRE(!ambiguous.ok());
  CHECK(ambiguous.error().code == ErrorCode::kInvalidArgument);
  CHECK(f.catalog.episode("4242").error().code == ErrorCode::kNotFound);
}

TEST_CASE("Previous and next are the podcast's neighbours in date order, at either end none") {
  Fixture f;
  auto middle = f.catalog.episode("busy-show/5");
  REQUIRE(middle.ok());
  REQUIRE(middle.value().previous);
  REQUIRE(middle.value().next);
  CHECK(middle.value().previous->id == "busy-show/4");
  CHECK(middle.value().next->id == "busy-show/6");
  CHECK(middle.value().next->title == "Talk b6");
  auto oldest = f.catalog.episode("busy-show/100");  // 2023: before every b episode
  REQUIRE(oldest.ok());
  CHECK(!oldest.value().previous);
  CHECK(oldest.value().next->id == "busy-show/1");
  auto newest = f.catalog.episode("busy-show/" + std::to_string(Fixture::kAdaEpisodes));
  REQUIRE(newest.ok());
  CHECK(!newest.value().next);
  auto other = f.catalog.episode("other-show/1");  // another podcast's episodes are no neighbours
  REQUIRE(other.ok());
  CHECK(!other.value().previous);
  CHECK(other.value().next->id == "other-show/900");
}
