// Plain and sharded index layouts (see shard_layout.hpp).
#include "indexer/index/shard_layout.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "common/fingerprint.hpp"
#include "common/status.hpp"

namespace podseek {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStubFile = "XAPIANDB";

bool is_sharded_layout(const fs::path& path) {
  return fs::exists(path / kStubFile) && fs::is_directory(path / std::string(kDictionaryName));
}

void write_stub(const fs::path& path, unsigned shard_count) {
  fs::path temporary = path / (std::string(kStubFile) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << local_stub_text(shard_count);
    if (!out.flush()) throw InputError(temporary.string() + ": cannot write the stub file");
  }
  fs::rename(temporary, path / kStubFile);  // readers see the old stub or the new one
}

unsigned recorded_shard_count(const Xapian::Database& dictionary, const fs::path& path) {
  std::string text = dictionary.get_metadata(std::string(kShardsMetadataKey));
  try {
    unsigned long count = std::stoul(text);
    if (count >= 1 && count <= kMaxShards) return static_cast<unsigned>(count);
  } catch (const std::exception&) {
  }
  throw InputError(path.string() + ": the dictionary does not say how many shards there are (metadata \"" +
                   std::string(kShardsMetadataKey) + "\" is \"" + text + "\")");
}

Xapian::WritableDatabase open_database(const fs::path& path) {
  return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
}

void compact_database(const fs::path& from, const fs::path& to) {
  Xapian::Database(from.string()).compact(to.string(), Xapian::DBCOMPACT_NO_RENUMBER);
}

}  // namespace

unsigned shard_of(std::string_view episode_id, unsigned shard_count) {
  return static_cast<unsigned>(fnv1a64(episode_id) % shard_count);
}

std::string shard_name(unsigned index) { return "shard-" + std::to_string(index); }

std::string local_stub_text(unsigned shard_count) {
  std::string text = "auto " + std::string(kDictionaryName) + "\n";
  for (unsigned i = 0; i < shard_count; ++i) text += "auto " + shard_name(i) + "\n";
  return text;
}

void compact_layout(const std::string& from_text, const std::string& to_text) {
  const fs::path from(from_text), to(to_text);
  if (!is_sharded_layout(from)) {
    compact_database(from, to);
    return;
  }
  const unsigned count = recorded_shard_count(Xapian::Database((from / std::string(kDictionaryName)).string()), from);
  fs::create_directory(to);
  compact_database(from / std::string(kDictionaryName), to / std::string(kDictionaryName));
  for (unsigned i = 0; i < count; ++i) compact_database(from / shard_name(i), to / shard_name(i));
  write_stub(to, count);
}

WritableShards WritableShards::open(const std::string& path_text, unsigned requested_shards) {
  const fs::path path(path_text);
  if (requested_shards > kMaxShards) {
    throw InputError("--shards " + std::to_string(requested_shards) + " is over the limit of " +
                     std::to_string(kMaxShards));
  }
  WritableShards out;
  const bool exists = fs::exists(path);
  if (exists && !is_sharded_layout(path)) {
    if (requested_shards > 1) {
      throw InputError(path_text + " is a plain index; --shards " + std::to_string(requested_shards) +
                       " needs a new folder (re-index into it)");
    }
    out.dictionary_ = open_database(path);
    out.shards_ = {out.dictionary_};
    return out;
  }
  if (!exists && requested_shards <= 1) {
    out.dictionary_ = open_database(path);
    out.shards_ = {out.dictionary_};
    return out;
  }
  fs::create_directories(path);
  out.dictionary_is_separate_ = true;
  out.dictionary_ = open_database(path / std::string(kDictionaryName));
  unsigned count = exists ? recorded_shard_count(out.dictionary_, path) : requested_shards;
  if (requested_shards != 0 && requested_shards != count) {
    throw InputError(path_text + " has " + std::to_string(count) + " shards, not " + std::to_string(requested_shards) +
                     "; resharding means re-indexing into a new folder");
  }
  for (unsigned i = 0; i < count; ++i) out.shards_.push_back(open_database(path / shard_name(i)));
  if (!exists) {
    out.dictionary_.set_metadata(std::string(kShardsMetadataKey), std::to_string(count));
    out.dictionary_.commit();  // the layout is complete before the stub points at it
    write_stub(path, count);
  }
  return out;
}

Xapian::WritableDatabase& WritableShards::shard_for(std::string_view episode_id) {
  return shards_[shards_.size() == 1 ? 0 : shard_of(episode_id, static_cast<unsigned>(shards_.size()))];
}

void WritableShards::begin_transaction() {
  for (auto& shard : shards_) shard.begin_transaction(true);
  if (dictionary_is_separate_) dictionary_.begin_transaction(true);
}

void WritableShards::commit_transaction() {
  for (auto& shard : shards_) shard.commit_transaction();
  if (dictionary_is_separate_) dictionary_.commit_transaction();
}

void WritableShards::cancel_transaction() {
  for (auto& shard : shards_) {
    try {
      shard.cancel_transaction();
    } catch (const Xapian::InvalidOperationError&) {
      // this one was committed already
    }
  }
  if (dictionary_is_separate_) dictionary_.cancel_transaction();
}

void WritableShards::commit() {
  for (auto& shard : shards_) shard.commit();
  if (dictionary_is_separate_) dictionary_.commit();
}

void WritableShards::close() {
  for (auto& shard : shards_) shard.close();
  if (dictionary_is_separate_) dictionary_.close();
}

}  // namespace podseek
