// Tests for the guard of --prune in indexer/cli/index_run.cpp: a feed read only in part (XML cut
// short, a channel without items) never removes the episodes it did not show.
#include <sstream>

#include <catch2/catch.hpp>

#include "indexer/cli/index_run.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

std::string feed(int episodes) {
  std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Guarded</title>";
  for (int i = 1; i <= episodes; ++i) {
    xml += "<item><title>Episode " + std::to_string(i) + "</title><guid>g" + std::to_string(i) +
           "</guid><description>About " + std::to_string(i) + "</description></item>";
  }
  return xml + "</channel></rss>";
}

std::string run(const testing::TempDir& dir, const std::string& feed_text, bool prune) {
  IndexRunOptions options;
  options.db = dir.file("index");
  options.sources = {dir.write("feed.xml", feed_text)};
  options.prune = prune;
  options.source_options.feed.offline = true;
  std::ostringstream out;
  CHECK(run_indexer(options, out) == 0);
  return out.str();
}

}  // namespace

TEST_CASE("Pruning leaves the episodes a cut-short feed does not show") {
  testing::TempDir dir;
  run(dir, feed(3), false);
  std::string whole = feed(3);
  std::string cut = whole.substr(0, whole.find("<item><title>Episode 2"));  // a download that stopped
  std::string out = run(dir, cut, true);
  CHECK(out.find("1 unchanged, 0 removed") != std::string::npos);
  CHECK(out.find("warning: not pruned: its XML is not well-formed, so the episodes it lacks stay in the index") !=
        std::string::npos);
  // A whole feed with fewer items still prunes.
  out = run(dir, feed(1), true);
  CHECK(out.find("1 unchanged, 2 removed") != std::string::npos);
}

TEST_CASE("Pruning leaves every episode when the feed has no items") {
  testing::TempDir dir;
  run(dir, feed(2), false);
  std::string out = run(dir, feed(0), true);
  CHECK(out.find("0 removed") != std::string::npos);
  CHECK(out.find("warning: feed: the channel has no <item> elements; no episodes") != std::string::npos);
  CHECK(out.find("warning: not pruned: it has no items, so the episodes it lacks stay in the index") != std::string::npos);
}

TEST_CASE("Pruning still removes episodes from a whole feed whose only fault is an undeclared namespace prefix") {
  testing::TempDir dir;
  run(dir, feed(2), false);
  std::string one = feed(1);
  one.insert(one.find("</item>"), "<itunes:subtitle>One</itunes:subtitle>");  // no xmlns:itunes
  std::string out = run(dir, one, true);
  CHECK(out.find("warning: feed: a namespace prefix is not declared") != std::string::npos);
  CHECK(out.find("1 removed") != std::string::npos);
  CHECK(out.find("not pruned") == std::string::npos);
}
