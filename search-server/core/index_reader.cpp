// Per-thread database handles, sharded indexes and failing shards (see index_reader.hpp).
#include "search-server/core/index_reader.hpp"

#include <cstdint>
#include <map>
#include <memory>

#include "common/index_schema.hpp"
#include "common/stub_file.hpp"

namespace podseek {
namespace {

Xapian::Database open_entry(const StubEntry& entry, const RemoteTimeouts& timeouts) {
  if (!entry.remote) return Xapian::Database(entry.path);
  return Xapian::Remote::open(entry.host, entry.port, timeouts.reply_ms, timeouts.connect_ms);
}

// One thread's handle of one index, and the shards it leaves out.
struct ThreadHandle {
  std::unique_ptr<Xapian::Database> db;
  std::set<std::string> down;            // what was down when it was opened
  std::uint64_t stub_generation = 0;     // the stub's list it was opened from (StubWatch)
  std::vector<std::string> left_out;     // the shards it does not search
};

const auto kNoEntries = std::make_shared<const std::vector<StubEntry>>();

ThreadHandle& thread_handle(const std::string& path) {
  thread_local std::map<std::string, ThreadHandle> handles;
  return handles[path];
}

}  // namespace

Xapian::Database open_index(const std::string& path, const RemoteTimeouts& timeouts) {
  if (!is_stub(path)) return Xapian::Database(path);
  Xapian::Database all;
  for (const StubEntry& entry : read_stub(path)) all.add_database(open_entry(entry, timeouts));
  return all;
}

std::string revision_key(const Xapian::Database& db) {
  try {
    return std::to_string(db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    // a multi-database: no revision of its own
  }
  return db.get_uuid() + "/" + std::to_string(db.get_doccount()) + "/" + std::to_string(db.get_lastdocid()) + "/" +
         db.get_metadata(std::string(schema::kCommittedAtKey));
}

Xapian::Database IndexReader::open_without(const std::set<std::string>& down, const std::vector<StubEntry>& entries,
                                           std::vector<std::string>& left_out) {
  left_out.clear();
  if (entries.empty()) return Xapian::Database(path_);
  Xapian::Database all;
  for (const StubEntry& entry : entries) {
    if (down.count(entry.name)) {
      left_out.push_back(entry.name);
      continue;
    }
    try {
      all.add_database(open_entry(entry, timeouts_));
    } catch (const Xapian::NetworkError&) {
      if (!entry.remote) throw;
      health_.mark_down(entry.name);  // refused or silent: searched again after kRetryAfter
      left_out.push_back(entry.name);
    }
  }
  if (all.size() == 0) throw Xapian::NetworkError("no shard of " + path_ + " answers");
  return all;
}

void IndexReader::forget_database() { thread_handle(path_) = ThreadHandle{}; }

std::vector<std::string> IndexReader::missing_shards() const { return thread_handle(path_).left_out; }

void IndexReader::leave_out_failing_shards() {
  forget_database();
  if (!is_stub(path_)) return;
  for (const std::string& name : failing_remotes(*stub_.current().entries, timeouts_.connect_ms)) {
    health_.mark_down(name);
  }
}

Xapian::Database& IndexReader::database() {
  ThreadHandle& handle = thread_handle(path_);
  std::set<std::string> down = health_.down_now();
  // The stub's list (at most a second old), or none for a database folder.
  StubWatch::Snapshot stub = is_stub(path_) ? stub_.current() : StubWatch::Snapshot{kNoEntries, 0};
  if (!handle.db || handle.down != down || handle.stub_generation != stub.generation) {
    handle.db.reset();
    handle.db = std::make_unique<Xapian::Database>(open_without(down, *stub.entries, handle.left_out));
    handle.down = std::move(down);
    handle.stub_generation = stub.generation;
    return *handle.db;
  }
  try {
    handle.db->reopen();
  } catch (const Xapian::DatabaseOpeningError&) {
    // A replica switched to a fresh full copy (its stub names another folder): open that.
    if (is_stub(path_)) stub = stub_.read_now();
    handle.db = std::make_unique<Xapian::Database>(open_without(handle.down, *stub.entries, handle.left_out));
    handle.stub_generation = stub.generation;
  }
  return *handle.db;
}

}  // namespace podseek
