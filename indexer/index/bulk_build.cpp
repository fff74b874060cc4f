// Building a new index in private (see bulk_build.hpp).
#include "indexer/index/bulk_build.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include <xapian.h>

#include "indexer/index/shard_layout.hpp"

namespace podseek {
namespace {

namespace fs = std::filesystem;

constexpr const char* kBuildSuffix = ".building";
constexpr const char* kLockSuffix = ".building.lock";
constexpr const char* kCompactSuffix = ".building.compact";
// The lock file is removed by the builder that holds it, so a waiting process may lock a file that
// is no longer there; it then opens the new one, at most this many times.
constexpr int kLockAttempts = 3;

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec) || ec;  // an error counts as "there": never build over it
}

// Whether fd is (still) the file at path: the builder before us may have removed it.
bool is_file_at(int fd, const std::string& path) {
  struct stat held {}, named {};
  return ::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
         held.st_ino == named.st_ino;
}

// An open, locked fd of the lock file; -1 when it cannot be created. Throws DatabaseLockError.
int lock_new_index(const std::string& db_path, const std::string& lock_path) {
  for (int attempt = 0; attempt < kLockAttempts; ++attempt) {
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd);
      throw Xapian::DatabaseLockError("another indexer is building the new index " + db_path);
    }
    if (is_file_at(fd, lock_path)) return fd;
    ::close(fd);  // its builder finished and removed it: try the file there now
  }
  throw Xapian::DatabaseLockError("the lock file " + lock_path + " keeps changing: another indexer is building " +
                                  db_path);
}

// rename(2) that never replaces what is at `to` (rename would replace an empty folder).
void rename_no_replace(const std::string& from, const std::string& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
  throw fs::filesystem_error("cannot move the built index into place", from, to,
                             std::error_code(errno, std::generic_category()));
}

}  // namespace

std::unique_ptr<BulkBuild> BulkBuild::start(const std::string& db_path) {
  if (exists(db_path)) return nullptr;
  const std::string lock_path = db_path + kLockSuffix;
  const int fd = lock_new_index(db_path, lock_path);
  if (fd < 0) return nullptr;
  std::unique_ptr<BulkBuild> build(new BulkBuild(db_path, fd));
  if (exists(db_path)) return nullptr;  // it was moved into place while we waited: an update
  build->remove_private_folders();      // what a killed build left
  return build;
}

BulkBuild::BulkBuild(std::string db_path, int lock_fd)
    : db_path_(std::move(db_path)),
      build_path_(db_path_ + kBuildSuffix),
      lock_path_(db_path_ + kLockSuffix),
      lock_fd_(lock_fd) {}

BulkBuild::~BulkBuild() {
  if (lock_fd_ < 0) return;
  remove_private_folders();
  release_lock();
}

void BulkBuild::release_lock() {
  ::unlink(lock_path_.c_str());  // while still holding it: see kLockAttempts
  ::close(lock_fd_);
  lock_fd_ = -1;
}

void BulkBuild::remove_private_folders() const {
  std::error_code ignored;
  fs::remove_all(build_path_, ignored);
  fs::remove_all(db_path_ + kCompactSuffix, ignored);
}

void BulkBuild::finish() {
  const std::string compacted = db_path_ + kCompactSuffix;
  std::error_code ignored;
  fs::remove_all(compacted, ignored);
  try {
    compact_layout(build_path_, compacted);
    rename_no_replace(compacted, db_path_);
  } catch (...) {
    fs::remove_all(compacted, ignored);
    throw;
  }
  fs::remove_all(build_path_, ignored);
  release_lock();  // db_path exists now: the next writer updates it under Xapian's own lock
}

}  // namespace podseek
