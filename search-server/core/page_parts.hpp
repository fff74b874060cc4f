// The chapters and transcript segments of a page of results that match the query, found for
// the whole page at once: one Xapian query per kind of part, scoped to the page's episodes and
// collapsed on the episode, instead of one query per episode.
// Thread safety: uses only the database handle it is given.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace podseek {

// For each episode id that has matching parts of this kind (schema::kKindChapter or
// kKindSegment): their documents, best match first, at most per_episode of them.
std::map<std::string, std::vector<Xapian::Document>> matching_parts_by_episode(
    Xapian::Database& db, const Xapian::Query& query, const std::vector<std::string>& episode_ids,
    std::string_view kind, Xapian::doccount per_episode);

}  // namespace podseek
