// The page of a search's results (see result_page.hpp).
#include "search-server/core/result_page.hpp"

#include <algorithm>
#include <map>

#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "search-server/core/deep_linker.hpp"
#include "search-server/core/highlighter.hpp"
#include "search-server/core/page_parts.hpp"

namespace podseek {
namespace {

// The matching chapters of one episode (their documents, from matching_parts_by_episode),
// in the episode's order, highlighted and deep-linked.
std::vector<ChapterHit> chapter_hits(const std::vector<Xapian::Document>& found, const BuiltQuery& built,
                                     const StoredEpisode& stored, DeepLinker& links) {
  std::vector<ChapterHit> hits;
  const auto& chapters = stored.episode.chapters;
  std::vector<std::size_t> indexes;
  for (const Xapian::Document& doc : found) {
    std::size_t index = std::stoul(doc.get_data());
    if (index < chapters.size()) indexes.push_back(index);
  }
  std::sort(indexes.begin(), indexes.end());
  for (std::size_t index : indexes) {
    const Chapter& chapter = chapters[index];
    hits.push_back({chapter.title, highlight(chapter.title, built.highlight), chapter.start_seconds,
                    links.link(stored.podcast, stored.episode, chapter.start_seconds)});
  }
  return hits;
}

// The best matching transcript segments of one episode, best first.
std::vector<SegmentHit> segment_hits(const std::vector<Xapian::Document>& found, const BuiltQuery& built,
                                     const StoredEpisode& stored, DeepLinker& links) {
  std::vector<SegmentHit> hits;
  for (const Xapian::Document& doc : found) {
    TranscriptSegment segment = decode_stored_segment(doc.get_data());
    hits.push_back({segment.start_seconds, segment.speaker, snippet(segment.text, built.highlight, 240),
                    links.link(stored.podcast, stored.episode, segment.start_seconds)});
  }
  return hits;
}

const std::vector<Xapian::Document>& parts_of(const std::map<std::string, std::vector<Xapian::Document>>& parts,
                                              const std::string& episode_id) {
  static const std::vector<Xapian::Document> kNone;
  auto found = parts.find(episode_id);
  return found == parts.end() ? kNone : found->second;
}

// The description around its matches; else the first chapter or note that matches.
std::string episode_snippet(const Episode& episode, const HighlightTerms& terms) {
  if (auto found = snippet_of_match(episode.description, terms)) return *found;
  for (const auto& link : episode.links) {
    if (auto found = snippet_of_match(link.label, terms)) return *found;
  }
  return snippet(episode.description, HighlightTerms{});  // known to have no match: not analysed again
}

}  // namespace

std::vector<EpisodeHit> result_page(Xapian::Database& db, const Xapian::MSet& mset, const BuiltQuery& built,
                                    const ResultPageOptions& options) {
  std::vector<StoredEpisode> page;
  std::vector<std::string> page_ids;
  Xapian::doccount most_chapters = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    page.push_back(decode_stored_episode(it.get_document().get_data()));
    page_ids.push_back(page.back().id);
    most_chapters = std::max<Xapian::doccount>(most_chapters, page.back().episode.chapters.size());
  }
  // Chapters and transcript segments are matched only by a query with words, and segments
  // are looked for only in an index that has some.
  std::map<std::string, std::vector<Xapian::Document>> chapters, segments;
  if (!built.match_all) {
    chapters = matching_parts_by_episode(db, built.query, page_ids, schema::kKindChapter, most_chapters);
    if (db.term_exists(schema::kind_term(schema::kKindSegment))) {
      segments = matching_parts_by_episode(db, built.query, page_ids, schema::kKindSegment,
                                           static_cast<Xapian::doccount>(std::max(options.max_transcript_hits, 0)));
    }
  }
  DeepLinker links(db, options.deep_link_template);
  std::vector<EpisodeHit> hits;
  for (StoredEpisode& stored : page) {
    EpisodeHit hit{stored.id, stored.podcast, stored.episode, stored.topics, "", {}, {}};
    hit.snippet = episode_snippet(stored.episode, built.highlight);
    hit.chapters = chapter_hits(parts_of(chapters, stored.id), built, stored, links);
    hit.transcript = segment_hits(parts_of(segments, stored.id), built, stored, links);
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace podseek
