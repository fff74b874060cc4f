// One value computed from the index and kept until the index changes: the name lists that a full
// term scan builds (guests and topics in order, the type-ahead's categories) are built once per
// index revision (revision_key), not once per request.
// Thread safety: get() may be called from many threads; building runs outside the lock (two threads
// may both build the first time; either result is kept, both are correct).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include <xapian.h>

#include "search-server/core/index_reader.hpp"

namespace podseek {

template <class T>
class RevisionCache {
 public:
  // The value for db's revision: the cached one, else build(db) (kept for later calls).
  template <class Build>
  std::shared_ptr<const T> get(Xapian::Database& db, Build&& build) const {
    const std::string revision = revision_key(db);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (value_ && revision_ == revision) return value_;
    }
    auto built = std::make_shared<const T>(build(db));
    std::lock_guard<std::mutex> lock(mutex_);
    revision_ = revision;
    value_ = built;
    return built;
  }

 private:
  mutable std::mutex mutex_;
  mutable std::string revision_;
  mutable std::shared_ptr<const T> value_;
};

}  // namespace podseek
