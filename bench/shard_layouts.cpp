// Fewer shards by merging (see shard_layouts.hpp).
#include "bench/shard_layouts.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <xapian.h>

#include "bench/child_process.hpp"
#include "indexer/index/shard_layout.hpp"

namespace podseek::bench {
namespace {

namespace fs = std::filesystem;

// xapian-compact SOURCES... DEST (document ids renumbered one source after the other).
void compact(const std::vector<std::string>& sources, const std::string& dest) {
  std::vector<std::string> argv = {kXapianCompactPath};
  argv.insert(argv.end(), sources.begin(), sources.end());
  argv.push_back(dest);
  run_program(argv);
}

void require_new(const std::string& dest) {
  if (fs::exists(dest)) throw std::runtime_error(dest + " exists already");
}

std::string dictionary_of(const std::string& layout) { return (fs::path(layout) / std::string(kDictionaryName)).string(); }

// Sets (or, with "", removes) the dictionary's record of how many shards there are.
void record_shard_count(const std::string& database, const std::string& count) {
  Xapian::WritableDatabase db(database, Xapian::DB_OPEN);
  db.set_metadata(std::string(kShardsMetadataKey), count);
  db.commit();
}

}  // namespace

std::vector<std::string> shard_paths(const std::string& layout, unsigned shards) {
  std::vector<std::string> out;
  for (unsigned i = 0; i < shards; ++i) out.push_back((fs::path(layout) / shard_name(i)).string());
  return out;
}

void merge_shards(const std::string& source, unsigned source_shards, unsigned shards, const std::string& dest) {
  if (shards == 0 || source_shards % shards != 0) {
    throw std::invalid_argument(std::to_string(shards) + " shards cannot be made from " + std::to_string(source_shards) +
                                " (it must divide them)");
  }
  require_new(dest);
  fs::create_directories(dest);
  const std::vector<std::string> from = shard_paths(source, source_shards);
  const std::vector<std::string> to = shard_paths(dest, shards);
  for (unsigned j = 0; j < shards; ++j) {
    std::vector<std::string> group;
    for (unsigned i = j; i < source_shards; i += shards) group.push_back(from[i]);
    compact(group, to[j]);
  }
  compact({dictionary_of(source)}, dictionary_of(dest));  // a copy
  record_shard_count(dictionary_of(dest), std::to_string(shards));
  std::ofstream stub(fs::path(dest) / "XAPIANDB");
  stub << local_stub_text(shards);
  if (!stub.flush()) throw std::runtime_error("cannot write " + dest + "/XAPIANDB");
}

void merge_into_plain(const std::string& source, unsigned source_shards, const std::string& dest) {
  require_new(dest);
  std::vector<std::string> sources = {dictionary_of(source)};  // first: its metadata and spelling
  for (const auto& shard : shard_paths(source, source_shards)) sources.push_back(shard);
  compact(sources, dest);
  record_shard_count(dest, "");  // a plain index says nothing of shards
}

}  // namespace podseek::bench
