// Guest inference measured on real feeds: tests/fixtures/guests/labels.json holds the guests a
// reader names for 295 episodes of ten podcasts in ../shared/feeds-wild/ (labels only); each feed
// is read the way podseek-indexer reads it (read_source, no attachments fetched), and the inferred
// guests are scored against the labels. Skips, saying so, where ../shared/feeds-wild is absent.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "common/guest_inference.hpp"
#include "common/name_tokens.hpp"
#include "indexer/cli/source_reader.hpp"

using namespace podseek;

namespace {

const std::string kWild = std::string(PODSEEK_SOURCE_DIR) + "/../shared/feeds-wild/";

struct Score {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double precision() const { return ratio(true_positives, true_positives + false_positives); }
  double recall() const { return ratio(true_positives, true_positives + false_negatives); }
  static double ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }
};

std::set<std::string> folded(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const auto& name : names) out.insert(fold_name(name));
  return out;
}

void score_episode(const std::string& where, const std::set<std::string>& truth,
                   const std::set<std::string>& found, Score& score) {
  for (const auto& name : found) {
    if (truth.count(name)) {
      ++score.true_positives;
    } else {
      ++score.false_positives;
      std::cout << "  wrong guest: " << where << ": " << name << "\n";
    }
  }
  for (const auto& name : truth) {
    if (!found.count(name)) {
      ++score.false_negatives;
      std::cout << "  missed guest: " << where << ": " << name << "\n";
    }
  }
}

void score_podcast(const nlohmann::json& labelled, Score& score) {
  const std::string feed = labelled.at("feed").get<std::string>();
  SourceOptions options;
  options.feed.fetch_chapters = false;
  options.feed.fetch_transcripts = false;
  SourceRead read = read_source(kWild + feed, options);
  std::map<std::string, const Episode*> by_guid;
  for (const Episode& e : read.podcast.episodes) by_guid.emplace(e.guid, &e);
  std::set<std::string> seen;
  for (const auto& label : labelled.at("episodes")) {
    const std::string guid = label.at("guid").get<std::string>();
    if (!seen.insert(guid).second) continue;  // a feed's repeated guid is one episode
    auto it = by_guid.find(guid);
    REQUIRE(it != by_guid.end());
    score_episode(feed + " \"" + it->second->title + "\"", folded(label.at("guests")),
                  folded(it->second->guests), score);
  }
}

}  // namespace

TEST_CASE("Guests inferred from the wild feeds' titles and descriptions reach precision 0.95 and recall 0.80") {
  if (!std::filesystem::exists(kWild)) {
    WARN("skipped: ../shared/feeds-wild is absent");
    return;
  }
  std::ifstream in(std::string(PODSEEK_SOURCE_DIR) + "/tests/fixtures/guests/labels.json");
  REQUIRE(in);
  nlohmann::json labels = nlohmann::json::parse(in);
  Score score;
  for (const auto& podcast : labels.at("podcasts")) score_podcast(podcast, score);
  std::cout << "guest inference on feeds-wild: precision " << score.precision() << " ("
            << score.true_positives << " right, " << score.false_positives << " wrong), recall "
            << score.recall() << " (" << score.false_negatives << " missed)\n";
  CHECK(score.true_positives + score.false_negatives >= 100);
  CHECK(score.precision() >= 0.95);
  CHECK(score.recall() >= 0.80);
}

TEST_CASE("Every wild feed is read with its guests: tagged ones kept as they are, the others inferred") {
  if (!std::filesystem::exists(kWild)) {
    WARN("skipped: ../shared/feeds-wild is absent");
    return;
  }
  int feeds = 0, tagged = 0, inferred = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kWild)) {
    if (entry.path().extension() != ".xml") continue;
    SourceOptions options;
    options.feed.fetch_chapters = false;
    options.feed.fetch_transcripts = false;
    SourceRead read = read_source(entry.path().string(), options);
    ++feeds;
    int feed_tagged = 0, feed_inferred = 0;
    for (const Episode& e : read.podcast.episodes) {
      feed_inferred += static_cast<int>(e.guest_sources.size());
      feed_tagged += static_cast<int>(e.guests.size() - e.guest_sources.size());
    }
    // A podcast that tags guests keeps exactly its tags: nothing is inferred beside them.
    if (feed_tagged > 0) CHECK(feed_inferred == 0);
    std::cout << "  " << entry.path().filename().string() << ": " << feed_tagged << " tagged, " << feed_inferred
              << " inferred\n";
    tagged += feed_tagged;
    inferred += feed_inferred;
  }
  std::cout << "guests of " << feeds << " wild feeds: " << tagged << " from person tags, " << inferred
            << " inferred\n";
  CHECK(feeds >= 20);
  CHECK(inferred > 0);
}
