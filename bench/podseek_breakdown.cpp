// Stage timings of a podseek search (see podseek_breakdown.hpp).
#include "bench/podseek_breakdown.hpp"

#include <chrono>
#include <cstdio>
#include <functional>
#include <sstream>

#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "search-server/core/highlighter.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/facets.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/query_syntax.hpp"
#include "search-server/core/page_parts.hpp"
#include "search-server/core/searcher.hpp"
#include "search-server/core/spelling.hpp"

namespace podseek::bench {
namespace {

using Q = Xapian::Query;
using Clock = std::chrono::steady_clock;

Q filter_of(const BenchQuery& q) {
  Q filter(schema::kind_term(schema::kKindEpisode));
  if (!q.guest.empty()) filter = Q(Q::OP_FILTER, filter, Q(schema::guest_term(thread_analyzer().fold(q.guest))));
  return filter;
}

BuiltQuery build(Xapian::Database& db, const SynonymTable& synonyms, const BenchQuery& q) {
  QueryBuilder builder(db, synonyms);
  return builder.build(parse_query_syntax(q.podseek_text()), QueryOptions{Q::OP_AND, q.partial, 30});
}

Xapian::MSet page(Xapian::Database& db, const BuiltQuery& built, const BenchQuery& q, bool exact_facets,
                  FacetSpyPlan plan = FacetSpyPlan::kFacetRow) {
  Xapian::Enquire enquire(db);
  Q filter = filter_of(q);
  enquire.set_query(built.match_all ? filter : Q(Q::OP_FILTER, built.query, filter));
  if (built.match_all) enquire.set_sort_by_value_then_relevance(schema::kDateOrderSlot, true);  // as the searcher
  FacetSpies spies(plan);  // every facet of kFacetKinds; kFacetRow is the searcher's own on one database
  if (exact_facets) spies.add_to(enquire);
  try {
    return enquire.get_mset(0, 10, exact_facets ? db.get_doccount() : 0);
  } catch (const Xapian::WildcardError&) {
    return Xapian::MSet();
  }
}

// The chapter (or segment) query of a page, as the searcher runs it: one for the whole page.
void parts(Xapian::Database& db, const BuiltQuery& built, const Xapian::MSet& mset, std::string_view kind) {
  if (built.match_all) return;
  std::vector<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_value(schema::kEpisodeIdSlot));
  matching_parts_by_episode(db, built.query, ids, kind, 26);
}

double mean_ms(const std::vector<BenchQuery>& queries, const std::function<void(const BenchQuery&)>& stage) {
  for (std::size_t i = 0; i < std::min<std::size_t>(queries.size(), 20); ++i) stage(queries[i]);
  auto start = Clock::now();
  for (const auto& q : queries) stage(q);
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count() / static_cast<double>(queries.size());
}

std::string num(double v) {
  if (v < 0) v = 0;  // a stage that was skipped, minus noise
  char out[32];
  std::snprintf(out, sizeof out, v < 10 ? "%.2f" : "%.1f", v);
  return out;
}

}  // namespace

std::vector<StageTimes> podseek_breakdown(const std::string& db_path, const SynonymTable& synonyms,
                                          const std::vector<std::vector<BenchQuery>>& queries_by_class) {
  IndexReader reader(db_path);
  Searcher searcher(reader, synonyms);
  Xapian::Database& db = reader.database();
  std::vector<StageTimes> out;
  for (const auto& queries : queries_by_class) {
    if (queries.empty()) continue;
    StageTimes t;
    t.kind = queries.front().kind;
    t.full_ms = mean_ms(queries, [&](const BenchQuery& q) {
      SearchRequest request;
      request.query = q.podseek_text();
      request.partial = q.partial;
      if (!q.guest.empty()) request.guests = {q.guest};
      searcher.search(request);
    });
    t.build_ms = mean_ms(queries, [&](const BenchQuery& q) { build(db, synonyms, q); });
    t.top10_ms = mean_ms(queries, [&](const BenchQuery& q) { page(db, build(db, synonyms, q), q, false); });
    t.top10_ms -= t.build_ms;
    t.exact_facets_ms = mean_ms(queries, [&](const BenchQuery& q) { page(db, build(db, synonyms, q), q, true); });
    t.exact_facets_ms -= t.build_ms;
    t.builtin_facets_ms = mean_ms(
        queries, [&](const BenchQuery& q) { page(db, build(db, synonyms, q), q, true, FacetSpyPlan::kBuiltIn); });
    t.builtin_facets_ms -= t.build_ms;
    t.chapter_queries_ms = mean_ms(queries, [&](const BenchQuery& q) {
      BuiltQuery built = build(db, synonyms, q);
      parts(db, built, page(db, built, q, false), schema::kKindChapter);
    });
    t.chapter_queries_ms -= t.build_ms + t.top10_ms;
    t.segment_queries_ms = mean_ms(queries, [&](const BenchQuery& q) {
      BuiltQuery built = build(db, synonyms, q);
      parts(db, built, page(db, built, q, false), schema::kKindSegment);
    });
    t.segment_queries_ms -= t.build_ms + t.top10_ms;
    t.render_ms = mean_ms(queries, [&](const BenchQuery& q) {
      BuiltQuery built = build(db, synonyms, q);
      Xapian::MSet mset = page(db, built, q, false);
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        StoredEpisode stored = decode_stored_episode(it.get_document().get_data());
        snippet_of_match(stored.episode.description, built.highlight);
      }
    });
    t.render_ms -= t.build_ms + t.top10_ms;
    t.reopen_ms = mean_ms(queries, [&](const BenchQuery&) { db.reopen(); });
    t.spelling_ms = mean_ms(queries, [&](const BenchQuery& q) { spelling_correction(db, q.podseek_text(), q.partial); });
    out.push_back(t);
  }
  return out;
}

std::string breakdown_table(const std::vector<StageTimes>& stages) {
  std::ostringstream out;
  out << "| class | full search | query build | top 10 (default) | top 10 + exact facets | chapter query (1 per "
         "page) | segment query (1 per page) | decode + snippets | spelling check | reopen | top 10 + exact facets, "
         "built-in spies (shards' plan) |\n"
      << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& t : stages) {
    out << "| " << query_class_name(t.kind) << " | " << num(t.full_ms) << " | " << num(t.build_ms) << " | "
        << num(t.top10_ms) << " | " << num(t.exact_facets_ms) << " | " << num(t.chapter_queries_ms) << " | "
        << num(t.segment_queries_ms) << " | " << num(t.render_ms) << " | " << num(t.spelling_ms) << " | "
        << num(t.reopen_ms) << " | " << num(t.builtin_facets_ms) << " |\n";
  }
  return out.str();
}

}  // namespace podseek::bench
