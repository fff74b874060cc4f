// Per-thread database handles (see index_reader.hpp).
#include "search-server/core/index_reader.hpp"

#include <map>
#include <memory>

namespace podseek {

Xapian::Database& IndexReader::database() {
  thread_local std::map<std::string, std::unique_ptr<Xapian::Database>> handles;
  auto& handle = handles[path_];
  if (!handle) {
    handle = std::make_unique<Xapian::Database>(path_);
  } else {
    handle->reopen();
  }
  return *handle;
}

}  // namespace podseek
