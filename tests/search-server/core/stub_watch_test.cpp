// Tests for search-server/core/stub_watch.cpp: an edited stub is read again at most once every
// kCheckEvery, each new list under a new generation; a bad edit keeps the last good list.
#include "search-server/core/stub_watch.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using Clock = StubWatch::Clock;

std::vector<std::string> names(const StubWatch::Snapshot& snapshot) {
  std::vector<std::string> out;
  for (const StubEntry& entry : *snapshot.entries) out.push_back(entry.name);
  return out;
}

}  // namespace

TEST_CASE("An edited stub is seen at the first look a check period later, under a new generation") {
  testing::TempDir dir;
  const std::string stub = dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:7001\n");
  StubWatch watch(stub);
  const Clock::time_point start = Clock::now();
  StubWatch::Snapshot first = watch.current(start);
  CHECK(names(first) == std::vector<std::string>{"dictionary", "127.0.0.1:7001"});

  dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:7001\nremote 127.0.0.1:7002\n");
  CHECK(watch.current(start + StubWatch::kCheckEvery / 2).generation == first.generation);  // not looked at yet
  StubWatch::Snapshot added = watch.current(start + StubWatch::kCheckEvery);
  CHECK(added.generation != first.generation);
  CHECK(names(added) == std::vector<std::string>{"dictionary", "127.0.0.1:7001", "127.0.0.1:7002"});

  dir.write("shards.stub", "# the same list, written again\nauto dictionary\nremote 127.0.0.1:7001\nremote 127.0.0.1:7002\n");
  CHECK(watch.current(start + 2 * StubWatch::kCheckEvery).generation == added.generation);  // nothing to reopen

  dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:7003\nremote 127.0.0.1:7002\n");
  CHECK(names(watch.current(start + 3 * StubWatch::kCheckEvery)) ==
        std::vector<std::string>{"dictionary", "127.0.0.1:7003", "127.0.0.1:7002"});
}

TEST_CASE("A stub edited into something unreadable keeps the last good list and says why") {
  testing::TempDir dir;
  const std::string stub = dir.write("shards.stub", "auto dictionary\n");
  StubWatch watch(stub);
  const Clock::time_point start = Clock::now();
  StubWatch::Snapshot good = watch.current(start);
  CHECK(watch.last_error().empty());

  dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:99999\n");
  StubWatch::Snapshot kept = watch.current(start + StubWatch::kCheckEvery);
  CHECK(kept.generation == good.generation);
  CHECK(names(kept) == std::vector<std::string>{"dictionary"});
  CHECK(watch.last_error().find("shards.stub line 2") != std::string::npos);

  dir.write("shards.stub", "auto dictionary\nremote 127.0.0.1:7001\n");
  CHECK(watch.read_now().generation != good.generation);  // read at once, however recent the last look
  CHECK(watch.last_error().empty());
}

TEST_CASE("A stub that was never readable is an InputError at every look until it is") {
  testing::TempDir dir;
  StubWatch watch(dir.file("missing.stub"));
  CHECK_THROWS_AS(watch.current(), InputError);
  dir.write("missing.stub", "auto dictionary\n");
  CHECK(names(watch.current()) == std::vector<std::string>{"dictionary"});  // no wait for the check period
}

}  // namespace podseek
