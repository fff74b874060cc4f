// Turns results into what people read: markdown tables (printed by `run`, pasted into
// bench/README.md) and an SVG plot of query latency against corpus size made with gnuplot.
// Thread safety: pure functions, except plot_latency, which runs gnuplot.
#pragma once

#include <string>

#include "bench/results.hpp"

namespace podseek::bench {

// The machine, then per size: indexing, queries (with podseek/SQLite ratios), HTTP; then how
// each figure grows from the smallest size to the largest.
std::string markdown_report(const BenchResults& results);

// Writes an SVG of p50 latency per query class against corpus size, podseek beside SQLite,
// using gnuplot. work_dir holds the data and script. Returns "" or what went wrong.
std::string plot_latency(const BenchResults& results, const std::string& svg_path, const std::string& work_dir);

}  // namespace podseek::bench
