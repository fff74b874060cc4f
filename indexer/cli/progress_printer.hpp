// Shows how far the indexer is through a large source, as lines such as
// "indexing feed.xml: 5000/20000 episodes": at most one per interval, none before the first interval
// has passed (so short runs print nothing), and a closing "N/N" line only when earlier lines were printed.
// Thread safety: one per source and run; not shared between threads.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

#include "indexer/index/index_writer.hpp"

namespace podseek {

class ProgressPrinter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // The interval starts now (clock()). out must outlive the printer.
  ProgressPrinter(
      std::ostream& out, std::string source, std::chrono::milliseconds interval = std::chrono::seconds(1),
      Clock clock = [] { return std::chrono::steady_clock::now(); });

  // Records that `done` of `total` episodes are handled; prints when a line is due.
  void update(std::size_t done, std::size_t total);

  // A callback for IndexWriter::add_podcast that updates this printer. The printer must outlive it.
  IndexProgress callback() {
    return [this](std::size_t done, std::size_t total) { update(done, total); };
  }

 private:
  void print(std::size_t done, std::size_t total);

  std::ostream& out_;
  std::string source_;
  std::chrono::milliseconds interval_;
  Clock clock_;
  std::chrono::steady_clock::time_point last_;
  bool printed_ = false;
};

}  // namespace podseek
