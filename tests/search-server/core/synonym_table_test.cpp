// Tests for search-server/synonym_table.cpp.
#include "search-server/core/synonym_table.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

TEST_CASE("Synonym keys are compared after analysis") {
  SynonymTable table({{"h3", "http/3"}, {"doh", "dns over https"}});
  CHECK(table.alternatives("HTTP 3") == std::vector<std::string>{"h3"});
  CHECK(table.alternatives("http3") == std::vector<std::string>{"h3"});
  CHECK(table.alternatives("H3") == std::vector<std::string>{"http/3"});
  CHECK(table.alternatives("DNS over HTTPS") == std::vector<std::string>{"doh"});
  CHECK(table.alternatives("quic").empty());
  CHECK(table.longest_key_words() == 3);
}

TEST_CASE("A bad synonyms file is refused with the file and JSON path named") {
  testing::TempDir dir;
  std::string path = dir.write("synonyms.json", "{\"synonyms\": [[\"h3\"]]}");
  CHECK_THROWS_WITH(SynonymTable::load_file(path), Catch::Contains(path) && Catch::Contains("$.synonyms[0]"));
  path = dir.write("synonyms2.json", "{\"synonyms\": [[\"h3\", \"--\"]]}");
  CHECK_THROWS_WITH(SynonymTable::load_file(path), Catch::Contains("$.synonyms[0][1]: has no words"));
}

TEST_CASE("The repository's synonyms file loads") {
  SynonymTable table = SynonymTable::load_file(std::string(PODSEEK_SOURCE_DIR) + "/data/synonyms.json");
  CHECK_FALSE(table.alternatives("SSE").empty());
}
