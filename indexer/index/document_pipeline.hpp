// Builds the index documents of a podcast's episodes on a second thread while the caller
// writes them into Xapian: text analysis (ICU, stemming, topics) and Xapian's own work each
// keep one core busy instead of taking turns on one.
// Documents come out in episode order, at most kQueueLength ahead of the writer, so memory
// stays bounded whatever the podcast's size. An exception thrown while building (bad input
// reaching the analyser, out of memory) is rethrown by next() in the caller's thread.
// Thread safety: one DocumentPipeline per writer thread; the episodes must outlive it and stay
// unchanged while it runs, and `build` must be safe to call from another thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "common/episode.hpp"
#include "indexer/index/episode_documents.hpp"

namespace podseek {

class DocumentPipeline {
 public:
  static constexpr std::size_t kQueueLength = 32;

  using Builder = std::function<EpisodeDocuments(const Episode&)>;

  // Starts building, on its own thread, build(episode) for each episode in order.
  DocumentPipeline(const std::vector<Episode>& episodes, Builder build);
  // Stops the builder (without waiting for the rest of the podcast) and joins it.
  ~DocumentPipeline();

  DocumentPipeline(const DocumentPipeline&) = delete;
  DocumentPipeline& operator=(const DocumentPipeline&) = delete;

  // The next episode's documents, or nothing after the last episode.
  std::optional<EpisodeDocuments> next();

 private:
  void build_all();
  // Waits for room in the queue; false when the pipeline is being stopped.
  bool push(EpisodeDocuments docs);

  const std::vector<Episode>& episodes_;
  Builder build_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<EpisodeDocuments> ready_;
  bool finished_ = false;  // the builder has built everything, or failed
  bool stopping_ = false;  // the writer wants no more
  std::exception_ptr failure_;
  std::thread builder_;
};

}  // namespace podseek
