// What the benchmark learns from one query run by either engine, so that the two can be
// checked against each other (both should find something for the same query).
// Thread safety: plain values.
#pragma once

namespace podseek::bench {

struct QueryOutcome {
  long total = 0;         // matching episodes
  int results = 0;        // episodes on the page
  int chapter_hits = 0;   // matching chapters of the page's episodes
  int facet_values = 0;   // guest, topic and podcast values counted
};

}  // namespace podseek::bench
