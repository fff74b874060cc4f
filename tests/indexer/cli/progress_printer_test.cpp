// Tests for indexer/progress_printer.cpp: throttled progress lines, silence on short runs.
#include "indexer/cli/progress_printer.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using namespace podseek;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct FakeClock {
  std::chrono::steady_clock::time_point now{};
  ProgressPrinter::Clock function() {
    return [this] { return now; };
  }
};

}  // namespace

TEST_CASE("A run shorter than the interval prints no progress at all") {
  std::ostringstream out;
  FakeClock clock;
  ProgressPrinter printer(out, "feed.xml", 1000ms, clock.function());
  for (std::size_t done = 1; done <= 500; ++done) {
    clock.now += 1ms;
    printer.update(done, 500);
  }
  CHECK(out.str().empty());
}

TEST_CASE("A long run prints at most one line per interval and a closing line") {
  std::ostringstream out;
  FakeClock clock;
  ProgressPrinter printer(out, "feed.xml", 1000ms, clock.function());
  for (std::size_t done = 1; done <= 2500; ++done) {
    clock.now += 1ms;
    printer.update(done, 2500);
  }
  CHECK(out.str() ==
        "indexing feed.xml: 1000/2500 episodes\n"
        "indexing feed.xml: 2000/2500 episodes\n"
        "indexing feed.xml: 2500/2500 episodes\n");
}
