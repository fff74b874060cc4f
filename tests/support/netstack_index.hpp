// Builds a fresh index of the repository's netstack.fm corpus in a temporary folder, the way
// the Quick start does (data/netstack.json tagged with data/topics.json), for tests that search.
// Thread safety: one per test; not shared.
#pragma once

#include <string>

#include "common/corpus_json.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "tests/temp_dir.hpp"

namespace podseek::testing {

inline std::string repo_file(const std::string& relative) { return std::string(PODSEEK_SOURCE_DIR) + "/" + relative; }

class NetstackIndex {
 public:
  NetstackIndex() {
    IndexWriter writer(path(), TopicTagger::load_file(repo_file("data/topics.json")));
    writer.add_podcast(load_corpus_file(repo_file("data/netstack.json")), false);
    writer.commit();
  }
  std::string path() const { return dir_.file("index"); }

 private:
  TempDir dir_;
};

}  // namespace podseek::testing
