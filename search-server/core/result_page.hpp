// Builds the page of a search's results from the ranked episode documents: each stored episode
// decoded, its snippet, and its matching chapters and transcript segments (found for the whole
// page at once by page_parts), highlighted and deep-linked.
// Thread safety: uses only the database handle it is given.
#pragma once

#include <vector>

#include <xapian.h>

#include "search-server/core/query_builder.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

struct ResultPageOptions {
  std::string deep_link_template;  // "" = each podcast's own template from the index
  int max_transcript_hits = 5;     // matching transcript segments listed per episode
};

std::vector<EpisodeHit> result_page(Xapian::Database& db, const Xapian::MSet& mset, const BuiltQuery& built,
                                    const ResultPageOptions& options);

}  // namespace podseek
