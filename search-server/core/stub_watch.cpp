// A stub read again while the server runs (see stub_watch.hpp).
#include "search-server/core/stub_watch.hpp"

#include <tuple>

#include "common/status.hpp"

namespace podseek {
namespace {

bool same_entries(const std::vector<StubEntry>& a, const std::vector<StubEntry>& b) {
  auto key = [](const StubEntry& e) { return std::tie(e.remote, e.path, e.host, e.port, e.name); };
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (key(a[i]) != key(b[i])) return false;
  }
  return true;
}

}  // namespace

StubWatch::Snapshot StubWatch::current(Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!snapshot_.entries || now >= next_check_) read_again(now);
  if (!snapshot_.entries) throw InputError(last_error_);
  return snapshot_;
}

StubWatch::Snapshot StubWatch::read_now() {
  std::lock_guard<std::mutex> lock(mutex_);
  read_again(Clock::now());
  if (!snapshot_.entries) throw InputError(last_error_);
  return snapshot_;
}

std::string StubWatch::last_error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return last_error_;
}

void StubWatch::read_again(Clock::time_point now) {
  next_check_ = now + kCheckEvery;
  try {
    std::vector<StubEntry> entries = read_stub(path_);
    last_error_.clear();
    if (snapshot_.entries && same_entries(*snapshot_.entries, entries)) return;
    snapshot_.entries = std::make_shared<const std::vector<StubEntry>>(std::move(entries));
    snapshot_.generation++;
  } catch (const InputError& e) {
    last_error_ = e.what();  // a stub being rewritten in place, or a bad edit: keep the last good list
  }
}

}  // namespace podseek
