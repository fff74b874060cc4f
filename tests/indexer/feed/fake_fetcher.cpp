// Fixture access for the feed tests.
#include "tests/indexer/feed/fake_fetcher.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace podseek::testing {

std::string fixture_path(const std::string& name) {
  return std::string(PODSEEK_SOURCE_DIR) + "/tests/fixtures/feeds/" + name;
}

std::string read_fixture(const std::string& name) { return read_file(fixture_path(name)); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace podseek::testing
