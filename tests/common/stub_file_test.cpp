// Tests for common/stub_file.cpp: the lines Xapian's stubs have, and clear errors for the rest.
#include "common/stub_file.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_stub(text, "x.stub", "/srv");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a stub lists local databases (relative to its folder) and remote ones", "[stub]") {
  auto entries = parse_stub("# the dictionary first\nauto dictionary\n\n  glass /abs/shard-0  \nremote 127.0.0.1:3301\n",
                            "x.stub", "/srv");
  REQUIRE(entries.size() == 3);
  CHECK_FALSE(entries[0].remote);
  CHECK(entries[0].path == "/srv/dictionary");
  CHECK(entries[1].path == "/abs/shard-0");
  CHECK(entries[2].remote);
  CHECK(entries[2].host == "127.0.0.1");
  CHECK(entries[2].port == 3301);
  CHECK(entries[2].name == "127.0.0.1:3301");
}

TEST_CASE("a bad stub line is named with its line number and what is wrong", "[stub]") {
  CHECK(error_of("auto a\nflint b\n").find("x.stub line 2: unknown database type \"flint\"") != std::string::npos);
  CHECK(error_of("remote host\n").find("line 1: a remote database is \"remote HOST:PORT\"") != std::string::npos);
  CHECK(error_of("remote host:70000\n").find("port 70000 is not 1..65535") != std::string::npos);
  CHECK(error_of("remote :xapian-progsrv db\n").find("not supported") != std::string::npos);
  CHECK(error_of("auto\n").find("needs a path") != std::string::npos);
  CHECK(error_of("# nothing\n\n").find("lists no database") != std::string::npos);
}

TEST_CASE("a folder with XAPIANDB is a stub; a database folder is not", "[stub]") {
  testing::TempDir dir;
  const std::string folder = dir.file("");
  CHECK_FALSE(is_stub(folder));
  dir.write("XAPIANDB", "auto shard-0\n");
  CHECK(is_stub(folder));
  auto entries = read_stub(folder);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].path == dir.file("shard-0"));
  CHECK_THROWS_AS(read_stub(dir.file("missing.stub")), InputError);
}
