// Builds a fresh index of the filter fixture corpus (tests/fixtures/filters/*.json: five small
// podcasts in German, Catalan, Spanish, Dutch and English, with categories, dates and durations)
// in a temporary folder, for tests of the language, category, date and duration filters.
// Thread safety: one per test; not shared.
#pragma once

#include <string>

#include "common/corpus_json.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

namespace podseek::testing {

inline constexpr const char* kFilterFixtures[] = {"netzwerk-funk", "radio-xarxa", "redes-y-cafe", "stille-lijn",
                                                  "open-wires"};

class FiltersIndex {
 public:
  FiltersIndex() {
    IndexWriter writer(path(), TopicTagger());
    for (const char* name : kFilterFixtures) {
      writer.add_podcast(load_corpus_file(repo_file(std::string("tests/fixtures/filters/") + name + ".json")), false);
    }
    writer.commit();
  }
  std::string path() const { return dir_.file("index"); }

 private:
  TempDir dir_;
};

}  // namespace podseek::testing
