// Running searches (see searcher.hpp).
#include "search-server/core/searcher.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>

#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/deep_linker.hpp"
#include "search-server/core/facet_spy.hpp"
#include "search-server/core/highlighter.hpp"
#include "search-server/core/page_parts.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/spelling.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

Q any_of(std::string (*term)(std::string_view), const std::vector<std::string>& values) {
  std::vector<Q> terms;
  for (const auto& value : values) terms.emplace_back(term(thread_analyzer().fold(value)));
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

// Which facet filters to apply: all of them, or all but one (to count that facet's values).
struct Filters {
  const SearchRequest& request;
  Q build(Xapian::valueno skip_slot = Xapian::BAD_VALUENO) const {
    Q filter(schema::kind_term(schema::kKindEpisode));
    if (!request.guests.empty() && skip_slot != schema::kGuestsSlot) {
      filter = Q(Q::OP_FILTER, filter, any_of(schema::guest_term, request.guests));
    }
    if (!request.topics.empty() && skip_slot != schema::kTopicsSlot) {
      filter = Q(Q::OP_FILTER, filter, any_of(schema::topic_term, request.topics));
    }
    if (!request.podcasts.empty() && skip_slot != schema::kPodcastSlot) {
      filter = Q(Q::OP_FILTER, filter, any_of(schema::podcast_term, request.podcasts));
    }
    return filter;
  }
};

Q filtered(const BuiltQuery& built, const Q& filter) {
  return built.match_all ? filter : Q(Q::OP_FILTER, built.query, filter);
}

void apply_sort(Xapian::Enquire& enquire, SortOrder sort, Xapian::MultiValueKeyMaker& keys) {
  if (sort == SortOrder::kRelevance) return;
  bool newest = sort == SortOrder::kNewest;
  keys.add_value(schema::kPublishedSlot, newest);
  keys.add_value(schema::kNumberSlot, newest);
  enquire.set_sort_by_key_then_relevance(&keys, false);
}

// Counts one facet's values over every episode that matches the other filters.
std::vector<FacetValue> count_facet(Xapian::Database& db, const BuiltQuery& built, const Filters& filters,
                                    Xapian::valueno slot) {
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built, filters.build(slot)));
  ListValueSpy spy(slot);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  return spy.counts();
}

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
    // The hit lands on the cue that holds the first matching word, and the snippet starts there.
    std::size_t word = first_match_offset(segment.text, built.highlight).value_or(0);
    int start = cue_start_at(segment, word);
    std::size_t cue_offset = 0;
    for (const CueStart& cue : segment.cues) {
      if (cue.offset <= word) cue_offset = cue.offset;
    }
    hits.push_back({start, segment.speaker, snippet_at(segment.text, built.highlight, cue_offset, 240),
                    links.link(stored.podcast, stored.episode, start)});
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

// The page's episodes with their snippets, matching chapters and transcript segments.
std::vector<EpisodeHit> page_hits(Xapian::Database& db, const Xapian::MSet& mset, const BuiltQuery& built,
                                  const SearcherOptions& options) {
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

// Each facet's most frequent values (and the chosen ones), with how many values it has.
void set_facets(SearchResponse& response, const SearchRequest& request, std::vector<FacetValue> guests,
                std::vector<FacetValue> topics, std::vector<FacetValue> podcasts) {
  const auto limit = static_cast<std::size_t>(request.facet_limit);
  response.guest_values = static_cast<int>(guests.size());
  response.topic_values = static_cast<int>(topics.size());
  response.podcast_values = static_cast<int>(podcasts.size());
  response.guest_facet = most_frequent(std::move(guests), limit, request.guests);
  response.topic_facet = most_frequent(std::move(topics), limit, request.topics);
  response.podcast_facet = most_frequent(std::move(podcasts), limit, request.podcasts);
}

// One run of the episode query, with the facet counts it saw.
struct Attempt {
  BuiltQuery built;
  Xapian::MSet mset;
  std::unique_ptr<ListValueSpy> guests = std::make_unique<ListValueSpy>(schema::kGuestsSlot);
  std::unique_ptr<ListValueSpy> topics = std::make_unique<ListValueSpy>(schema::kTopicsSlot);
  std::unique_ptr<ListValueSpy> podcasts = std::make_unique<ListValueSpy>(schema::kPodcastSlot);
};

}  // namespace

std::optional<Error> validate_search_request(const SearchRequest& request) {
  if (request.query.size() > SearchLimits::kMaxQueryBytes) {
    return Error{ErrorCode::kInvalidArgument,
                 "q must be at most " + std::to_string(SearchLimits::kMaxQueryBytes) + " bytes"};
  }
  if (request.facet_limit < 1 || request.facet_limit > SearchLimits::kMaxFacetValues) {
    return Error{ErrorCode::kInvalidArgument,
                 "facet_limit must be between 1 and " + std::to_string(SearchLimits::kMaxFacetValues)};
  }
  return validate_paging(request.page, request.per_page);
}

Expected<SearchResponse> Searcher::search(const SearchRequest& request) const {
  if (auto error = validate_search_request(request)) return *error;
  auto started = std::chrono::steady_clock::now();
  auto response = reader_.guarded([&](Xapian::Database& db) { return run(db, request); }, "search");
  if (response.ok()) {
    response.value().took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  }
  return response;
}

SearchResponse Searcher::run(Xapian::Database& db, const SearchRequest& request) const {
  SearchResponse response;
  response.query = request.query;
  response.page = request.page;
  response.per_page = request.per_page;
  const Filters filters{request};
  const Xapian::doccount everything = std::max<Xapian::doccount>(db.get_doccount(), 1);
  const SortOrder sort = request.sort.value_or(request.query.empty() ? SortOrder::kNewest : SortOrder::kRelevance);
  QueryBuilder builder(db, synonyms_);

  auto attempt = [&](const std::string& text, Xapian::Query::op default_op) {
    QueryOptions options{default_op, request.partial, options_.prefix_expansion};
    Attempt a;
    a.built = builder.build(parse_query_syntax(text), options);
    Xapian::Enquire enquire(db);
    enquire.set_query(filtered(a.built, filters.build()));
    Xapian::MultiValueKeyMaker keys;
    apply_sort(enquire, sort, keys);
    enquire.add_matchspy(a.guests.get());
    enquire.add_matchspy(a.topics.get());
    enquire.add_matchspy(a.podcasts.get());
    try {
      a.mset = enquire.get_mset((request.page - 1) * request.per_page, request.per_page, everything);
    } catch (const Xapian::WildcardError&) {
      a.mset = Xapian::MSet();
    }
    return a;
  };

  Attempt result = attempt(request.query, Q::OP_AND);
  std::optional<std::string> correction = spelling_correction(db, request.query, request.partial);
  if (result.mset.get_matches_estimated() == 0 && !result.built.match_all) {
    if (correction) {
      Attempt corrected = attempt(*correction, Q::OP_AND);
      if (corrected.mset.get_matches_estimated() > 0) {
        result = std::move(corrected);
        response.corrected_query = correction;
        correction.reset();
      }
    }
    if (result.mset.get_matches_estimated() == 0) {
      Attempt relaxed = attempt(response.corrected_query.value_or(request.query), Q::OP_OR);
      if (relaxed.mset.get_matches_estimated() > 0) {
        result = std::move(relaxed);
        response.matched_all_words = false;
      }
    }
  }
  response.suggestion = correction;
  response.total = static_cast<int>(result.mset.get_matches_estimated());

  std::vector<FacetValue> guests =
      request.guests.empty() ? result.guests->counts() : count_facet(db, result.built, filters, schema::kGuestsSlot);
  std::vector<FacetValue> topics =
      request.topics.empty() ? result.topics->counts() : count_facet(db, result.built, filters, schema::kTopicsSlot);
  std::vector<FacetValue> podcasts = request.podcasts.empty()
                                         ? result.podcasts->counts()
                                         : count_facet(db, result.built, filters, schema::kPodcastSlot);
  response.results = page_hits(db, result.mset, result.built, options_);
  set_facets(response, request, std::move(guests), std::move(topics), std::move(podcasts));
  return response;
}

}  // namespace podseek
