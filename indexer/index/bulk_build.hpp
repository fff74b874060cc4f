// A new index built in private, then made visible in one step. When the index IndexWriter is asked
// to write does not exist yet, it is built in db_path + ".building" (held by a lock on
// db_path + ".building.lock", so that a second builder of the same new index gets
// Xapian::DatabaseLockError as it would on an existing one), committed in batches, so that memory
// stays flat in corpus size, and finish() compacts it (each database of a plain or sharded layout)
// into db_path + ".building.compact" and renames that to db_path. Until that rename db_path does
// not exist; a build destroyed without finish() removes its private folders; one that was killed
// leaves them to the next builder, who removes them under the lock.
// Thread safety: one BulkBuild per new index; the lock keeps other processes out.
#pragma once

#include <memory>
#include <string>

namespace podseek {

class BulkBuild {
 public:
  // Takes the lock of a new index at db_path and clears what a killed build left. Returns nullptr
  // when db_path exists (an update, written in one transaction instead) or when the lock file
  // cannot be created (no such folder: opening db_path reports it). Throws
  // Xapian::DatabaseLockError while another process builds the same new index.
  static std::unique_ptr<BulkBuild> start(const std::string& db_path);
  ~BulkBuild();
  BulkBuild(const BulkBuild&) = delete;
  BulkBuild& operator=(const BulkBuild&) = delete;

  // Where the index is written until finish().
  const std::string& path() const { return build_path_; }

  // REQUIRES: every database at path() committed and closed. Compacts it into place at db_path in
  // one rename (refused, changing nothing there, if db_path has appeared meanwhile), removes
  // the private folders and lets go of the lock. Throws Xapian::Error or std::filesystem::filesystem_error, leaving db_path
  // as it was.
  void finish();

 private:
  BulkBuild(std::string db_path, int lock_fd);
  void remove_private_folders() const;
  void release_lock();

  std::string db_path_;
  std::string build_path_;
  std::string lock_path_;
  int lock_fd_;  // -1 once finished
};

}  // namespace podseek
