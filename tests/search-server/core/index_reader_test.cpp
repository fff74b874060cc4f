// Tests for search-server/index_reader.hpp: retrying reads whose revision was overwritten.
#include "search-server/core/index_reader.hpp"

#include <catch2/catch.hpp>

#include "tests/support/netstack_index.hpp"

using namespace podseek;

TEST_CASE("A read that loses its revision several times in a row is retried until it succeeds") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  int calls = 0;
  int result = reader.with_database([&](Xapian::Database&) {
    if (++calls < IndexReader::kMaxAttempts) throw Xapian::DatabaseModifiedError("revision discarded");
    return 7;
  });
  CHECK(result == 7);
  CHECK(calls == IndexReader::kMaxAttempts);
}

TEST_CASE("A read that keeps losing its revision gives up after the last attempt") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  int calls = 0;
  auto always_modified = [&](Xapian::Database&) -> int {
    ++calls;
    throw Xapian::DatabaseModifiedError("revision discarded");
  };
  CHECK_THROWS_AS(reader.with_database(always_modified), Xapian::DatabaseModifiedError);
  CHECK(calls == IndexReader::kMaxAttempts);
}
