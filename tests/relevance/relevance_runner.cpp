// The relevance report: runs every judged case (tests/relevance/*.json) against an index of
// the netstack.fm corpus and prints, for each failure, what came back; ends with the line
// "N passed, N failed" and exits non-zero when a case fails.
// Case fields: q, relevant (must all be in the top 10), top1 (must come first), chapters
// ([episode, start_seconds] that must come back as matching chapters), exhaustive (those are
// all the chapters that may come back for the episodes in the top 10), and in our own cases
// absent (episodes that must not come back) and partial (the last word is being typed).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "search-server/core/searcher.hpp"
#include "tests/support/netstack_index.hpp"

namespace {

using nlohmann::json;
using podseek::SearchResponse;

struct Outcome {
  bool passed = true;
  std::vector<std::string> problems;
  void fail(const std::string& problem) {
    passed = false;
    problems.push_back(problem);
  }
};

std::string describe_results(const SearchResponse& response) {
  std::ostringstream out;
  for (const auto& hit : response.results) {
    out << "\n      #" << (hit.episode.number ? std::to_string(*hit.episode.number) : hit.id) << " "
        << hit.episode.title;
    for (const auto& chapter : hit.chapters) out << "\n          " << chapter.start_seconds << "s " << chapter.title;
  }
  return out.str();
}

Outcome judge(const json& c, const SearchResponse& response) {
  Outcome outcome;
  std::vector<int> ranked;
  std::set<std::pair<int, int>> chapters;
  for (const auto& hit : response.results) {
    int number = hit.episode.number.value_or(-1);
    ranked.push_back(number);
    for (const auto& chapter : hit.chapters) chapters.insert({number, chapter.start_seconds});
  }
  for (int wanted : c.value("relevant", std::vector<int>{})) {
    if (std::find(ranked.begin(), ranked.end(), wanted) == ranked.end()) {
      outcome.fail("episode " + std::to_string(wanted) + " is not in the top 10");
    }
  }
  for (int unwanted : c.value("absent", std::vector<int>{})) {
    if (std::find(ranked.begin(), ranked.end(), unwanted) != ranked.end()) {
      outcome.fail("episode " + std::to_string(unwanted) + " should not match");
    }
  }
  if (c.contains("top1") && !c["top1"].is_null() && (ranked.empty() || ranked.front() != c["top1"].get<int>())) {
    outcome.fail("episode " + std::to_string(c["top1"].get<int>()) + " should come first");
  }
  std::set<std::pair<int, int>> expected;
  for (const auto& pair : c.value("chapters", json::array())) expected.insert({pair[0].get<int>(), pair[1].get<int>()});
  for (const auto& [episode, start] : expected) {
    if (!chapters.count({episode, start})) {
      outcome.fail("chapter " + std::to_string(episode) + "@" + std::to_string(start) + "s is missing");
    }
  }
  if (c.value("exhaustive", false)) {
    for (const auto& [episode, start] : chapters) {
      if (!expected.count({episode, start})) {
        outcome.fail("chapter " + std::to_string(episode) + "@" + std::to_string(start) + "s is a false hit");
      }
    }
  }
  return outcome;
}

json read_cases(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  return json::parse(in);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) files.push_back(argv[i]);
  if (files.empty()) {
    files = {podseek::testing::repo_file("tests/relevance/public.json"),
             podseek::testing::repo_file("tests/relevance/netstack-cases.json")};
  }
  podseek::testing::NetstackIndex index;
  podseek::IndexReader reader(index.path());
  podseek::Searcher searcher(reader, podseek::SynonymTable::load_file(podseek::testing::repo_file("data/synonyms.json")));
  int passed = 0, failed = 0;
  for (const auto& file : files) {
    for (const auto& c : read_cases(file)) {
      podseek::SearchRequest request;
      request.query = c.at("q").get<std::string>();
      request.partial = c.value("partial", false);
      auto response = searcher.search(request);
      if (!response.ok()) {
        std::cout << "FAIL  " << request.query << ": " << response.error().message << "\n";
        ++failed;
        continue;
      }
      Outcome outcome = judge(c, response.value());
      if (outcome.passed) {
        ++passed;
        continue;
      }
      ++failed;
      std::cout << "FAIL  \"" << request.query << "\"";
      if (c.contains("why")) std::cout << "  (" << c["why"].get<std::string>() << ")";
      for (const auto& problem : outcome.problems) std::cout << "\n    - " << problem;
      std::cout << "\n    came back:" << describe_results(response.value()) << "\n";
    }
  }
  std::cout << "relevance: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
