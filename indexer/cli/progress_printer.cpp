// Throttled progress lines (see progress_printer.hpp).
#include "indexer/cli/progress_printer.hpp"

namespace podseek {

ProgressPrinter::ProgressPrinter(std::ostream& out, std::string source, std::chrono::milliseconds interval, Clock clock)
    : out_(out), source_(std::move(source)), interval_(interval), clock_(std::move(clock)), last_(clock_()) {}

void ProgressPrinter::update(std::size_t done, std::size_t total) {
  if (done >= total) {
    if (printed_) print(done, total);
    return;
  }
  auto now = clock_();
  if (now - last_ < interval_) return;
  last_ = now;
  print(done, total);
}

void ProgressPrinter::print(std::size_t done, std::size_t total) {
  out_ << "indexing " << source_ << ": " << done << "/" << total << " episodes" << std::endl;
  printed_ = true;
}

}  // namespace podseek
