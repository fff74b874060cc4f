// The two-thread document pipeline (see document_pipeline.hpp).
#include "indexer/index/document_pipeline.hpp"

#include <utility>

namespace podseek {

DocumentPipeline::DocumentPipeline(const std::vector<Episode>& episodes, Builder build)
    : episodes_(episodes), build_(std::move(build)), builder_([this] { build_all(); }) {}

DocumentPipeline::~DocumentPipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  builder_.join();
}

void DocumentPipeline::build_all() {
  try {
    for (const Episode& episode : episodes_) {
      if (!push(build_(episode))) return;
    }
  } catch (...) {
    std::lock_guard lock(mutex_);
    failure_ = std::current_exception();
  }
  {
    std::lock_guard lock(mutex_);
    finished_ = true;
  }
  changed_.notify_all();
}

bool DocumentPipeline::push(EpisodeDocuments docs) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return stopping_ || ready_.size() < kQueueLength; });
  if (stopping_) return false;
  // Moved, never copied: the Xapian::Documents change hands with exactly one owner, which
  // matters because Xapian's reference counts are not atomic.
  ready_.push_back(std::move(docs));
  lock.unlock();
  changed_.notify_all();
  return true;
}

std::optional<EpisodeDocuments> DocumentPipeline::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !ready_.empty() || finished_; });
  if (ready_.empty()) {
    if (failure_) std::rethrow_exception(failure_);
    return std::nullopt;
  }
  EpisodeDocuments docs = std::move(ready_.front());
  ready_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return docs;
}

}  // namespace podseek
