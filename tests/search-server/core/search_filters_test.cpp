// Tests for the language, category, date and duration filters and facets of searcher.cpp and
// facets.cpp, and sort=duration, on the filter fixture corpus (tests/fixtures/filters/).
#include <algorithm>

#include <catch2/catch.hpp>

#include "search-server/core/searcher.hpp"
#include "tests/support/filters_index.hpp"

using namespace podseek;

namespace {

struct Fixture {
  testing::FiltersIndex index;
  IndexReader reader{index.path()};
  Searcher searcher{reader, SynonymTable()};

  SearchResponse search(SearchRequest request) {
    auto response = searcher.search(request);
    REQUIRE(response.ok());
    return response.value();
  }
  // The titles found, sorted (order-free comparisons).
  std::vector<std::string> titles(SearchRequest request) {
    request.per_page = SearchLimits::kMaxPerPage;
    std::vector<std::string> out;
    for (const auto& hit : search(request).results) out.push_back(hit.episode.title);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string error(const SearchRequest& request) {
    auto response = searcher.search(request);
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::kInvalidArgument);
    return response.error().message;
  }
};

int count_of(const std::vector<FacetValue>& facet, const std::string& value) {
  for (const auto& entry : facet) {
    if (entry.value == value) return entry.count;
  }
  return 0;
}

using Titles = std::vector<std::string>;

}  // namespace

TEST_CASE("Every episode is counted under its podcast's language code, English when the podcast names none") {
  Fixture f;
  SearchResponse all = f.search({});
  CHECK(all.total == 10);
  CHECK(all.language_values == 5);
  CHECK(count_of(all.language_facet, "de") == 3);
  CHECK(count_of(all.language_facet, "ca") == 2);
  CHECK(count_of(all.language_facet, "es") == 2);
  CHECK(count_of(all.language_facet, "nl") == 1);  // nl_BE
  CHECK(count_of(all.language_facet, "en") == 2);  // no <language>: the default
}

TEST_CASE("A language filter matches the code whatever region or case it is written with") {
  Fixture f;
  for (const char* code : {"de", "de-AT", "DE", "de_DE"}) {
    INFO(code);
    CHECK(f.search({.languages = {code}}).total == 3);
  }
  CHECK(f.titles({.languages = {"nl"}}) == Titles{"Het netwerk van de trein"});
  CHECK(f.search({.languages = {"en"}}).total == 2);
  CHECK(f.search({.languages = {"fr"}}).total == 0);
}

TEST_CASE("Languages chosen together are OR-ed, and AND-ed with the query and other facets") {
  Fixture f;
  CHECK(f.search({.languages = {"de", "ca"}}).total == 5);
  CHECK(f.titles({.query = "router", .languages = {"de", "ca"}}) == Titles{"Router für alle"});
  CHECK(f.search({.query = "router", .languages = {"ca"}}).total == 0);
  CHECK(f.search({.languages = {"de"}, .categories = {"News"}}).total == 0);
  CHECK(f.search({.languages = {"en"}, .categories = {"News"}}).total == 2);
}

TEST_CASE("Categories are counted as the feed names them, a nested one under both its names") {
  Fixture f;
  SearchResponse all = f.search({});
  CHECK(count_of(all.category_facet, "Technology") == 7);
  CHECK(count_of(all.category_facet, "Technology > Tech News") == 3);
  CHECK(count_of(all.category_facet, "Education") == 2);
  CHECK(count_of(all.category_facet, "Education > Courses") == 2);
  CHECK(count_of(all.category_facet, "News") == 3);
  CHECK(all.category_values == 5);
}

TEST_CASE("A category filter is matched after folding; several are OR-ed") {
  Fixture f;
  CHECK(f.search({.categories = {"Technology"}}).total == 7);
  CHECK(f.search({.categories = {"technology"}}).total == 7);
  CHECK(f.search({.categories = {"Education > Courses"}}).total == 2);
  CHECK(f.search({.categories = {"Technology", "News"}}).total == 8);  // Open Wires is in both, counted once
  CHECK(f.search({.categories = {"Podcasting"}}).total == 0);
}

TEST_CASE("A chosen language or category is counted without its own filter, the other facets with it") {
  Fixture f;
  SearchResponse german = f.search({.languages = {"de"}});
  CHECK(german.total == 3);
  CHECK(count_of(german.language_facet, "ca") == 2);  // still choosable, with its own count
  CHECK(count_of(german.language_facet, "de") == 3);
  CHECK(count_of(german.category_facet, "Technology") == 3);
  CHECK(count_of(german.category_facet, "Education") == 0);
  SearchResponse news = f.search({.categories = {"News"}});
  CHECK(count_of(news.category_facet, "Technology") == 7);
  CHECK(count_of(news.language_facet, "nl") == 1);
  CHECK(count_of(news.language_facet, "de") == 0);
}

TEST_CASE("Published dates filter by day, both bounds inclusive, date-times included on their day") {
  Fixture f;
  CHECK(f.titles({.published_after = "2024-06-30", .published_before = "2024-06-30"}) ==
        Titles{"Aprendre protocols", "Router für alle"});
  CHECK(f.titles({.published_before = "2023-12-31"}) == Titles{"La xarxa del poble"});
  CHECK(f.titles({.published_after = "2024-07-01"}) ==
        Titles{"El cable submarino", "Funklöcher", "Wires under the street"});
  // An episode without a date never matches a date filter.
  CHECK(f.search({.published_after = "0001-01-01"}).total == 9);
}

TEST_CASE("Durations filter in minutes, both bounds inclusive; episodes of unknown length never match") {
  Fixture f;
  CHECK(f.titles({.min_duration_minutes = 60}) ==
        Titles{"Aprendre protocols", "El cable submarino", "Router für alle"});  // 59:59 is under an hour
  CHECK(f.titles({.max_duration_minutes = 30}) == Titles{"Glasfaser im Dorf", "Redes para principiantes"});
  CHECK(f.search({.min_duration_minutes = 45, .max_duration_minutes = 60}).total == 4);
  CHECK(f.search({.min_duration_minutes = 0}).total == 8);
}

TEST_CASE("Range filters narrow the facet counts too") {
  Fixture f;
  SearchResponse late = f.search({.published_after = "2024-07-01"});
  CHECK(count_of(late.language_facet, "de") == 1);
  CHECK(count_of(late.language_facet, "es") == 1);
  CHECK(count_of(late.language_facet, "en") == 1);
  CHECK(count_of(late.language_facet, "ca") == 0);
  SearchResponse long_ones = f.search({.languages = {"ca"}, .min_duration_minutes = 60});
  CHECK(long_ones.total == 1);
  CHECK(count_of(long_ones.language_facet, "de") == 1);  // Router für alle, an hour long
}

TEST_CASE("Sorting by duration puts the longest first and episodes of unknown length last") {
  Fixture f;
  SearchResponse sorted = f.search({.per_page = 50, .sort = SortOrder::kDuration});
  std::vector<int> minutes;
  for (const auto& hit : sorted.results) minutes.push_back(hit.episode.duration_seconds.value_or(-1));
  CHECK(minutes == std::vector<int>{5400, 4200, 3600, 3599, 3000, 2700, 1800, 1200, -1, -1});
  SearchResponse with_query = f.search({.query = "network", .per_page = 3, .sort = SortOrder::kDuration});
  REQUIRE(with_query.results.size() == 3);
  CHECK(with_query.results.front().episode.title == "Aprendre protocols");
}

TEST_CASE("Bad filter values are refused, naming the parameter") {
  Fixture f;
  CHECK(f.error({.languages = {"English"}}).find("language must be a language code") == 0);
  for (const char* date : {"2024-13-01", "2024-02-30", "2023-02-29", "24-01-01", "2024-1-1", "2024-01-01T00:00",
                           "tomorrow", "0000-01-01"}) {
    INFO(date);
    CHECK(f.error({.published_after = date}).find("published_after must be a date written YYYY-MM-DD") == 0);
    CHECK(f.error({.published_before = date}).find("published_before must be a date") == 0);
  }
  CHECK(f.search({.published_after = "2024-02-29"}).total >= 0);  // a leap day is a day
  CHECK(f.error({.published_after = "2024-07-01", .published_before = "2024-06-30"}) ==
        "published_after (2024-07-01) must not be later than published_before (2024-06-30)");
  CHECK(f.error({.min_duration_minutes = -1}) == "min_duration must be between 0 and 100000");
  CHECK(f.error({.max_duration_minutes = 100001}) == "max_duration must be between 0 and 100000");
  CHECK(f.error({.min_duration_minutes = 61, .max_duration_minutes = 60}) ==
        "min_duration (61) must not be more than max_duration (60)");
  CHECK(f.error({.categories = {std::string(1025, 'x')}}).find("a facet filter must be at most") == 0);
}
