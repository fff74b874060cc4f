// Running searches (see searcher.hpp).
#include "search-server/core/searcher.hpp"

#include <algorithm>
#include <chrono>

#include "common/index_schema.hpp"
#include "common/stub_file.hpp"
#include "search-server/core/facets.hpp"
#include "search-server/core/query_builder.hpp"
#include "search-server/core/query_languages.hpp"
#include "search-server/core/result_page.hpp"
#include "search-server/core/spelling.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

// Ties are broken by episode id, never by document id: the order must not depend on where an
// episode's documents sit (which shard, which position), so that shards answer as one index.
// The date and duration orders sort on one value each (schema::date_order_key,
// duration_order_key): the remote backend runs no KeyMaker.
void apply_sort(Xapian::Enquire& enquire, SortOrder sort) {
  if (sort == SortOrder::kRelevance) {
    enquire.set_sort_by_relevance_then_value(schema::kEpisodeIdSlot, false);
  } else if (sort == SortOrder::kDuration) {
    // Longest first, episodes of unknown length last; equal lengths by episode id (descending).
    enquire.set_sort_by_value_then_relevance(schema::kDurationOrderSlot, true);
  } else {
    enquire.set_sort_by_value_then_relevance(schema::kDateOrderSlot, sort == SortOrder::kNewest);
  }
  // Both order keys hold the episode id, so no two episodes tie and relevance never decides:
  // no weight need be computed.
  if (sort != SortOrder::kRelevance) enquire.set_weighting_scheme(Xapian::BoolWeight());
}

// One run of the episode query, with the facet counts it saw.
struct Attempt {
  BuiltQuery built;
  Xapian::MSet mset;
  FacetSpies spies;
  Xapian::doccount total = 0;  // every match, counted exactly
  bool found() const { return total > 0; }
};

// What every attempt of one request shares.
struct AttemptContext {
  Xapian::Database& db;
  const SearchRequest& request;
  QueryBuilder& builder;
  const SearcherOptions& options;
  SortOrder sort;
  QueryLanguages languages;  // to stem with
  bool prefix;  // the last word is searched as a prefix (spelling.hpp: last_word_is_prefix)
  FacetSpyPlan spy_plan;
  const RevisionCache<FacetCounts>* every_episode_counts;  // null: count every time (shards)
};

// Counts every match of the query (the total, and the facets by the attempt's spies) in a pass
// of its own, unsorted and with no page: Xapian 1.4.22 over-counts a match spy when a sorted
// page is merged from two or more remote shards (checked: 205 for 200 documents). Only an index
// of several databases needs it; one database counts in the page's pass.
Xapian::doccount count_matches(const AttemptContext& context, const Q& query, const FacetSpies& spies) {
  Xapian::Enquire counting(context.db);
  counting.set_query(query);
  spies.add_to(counting);
  const Xapian::doccount everything = std::max<Xapian::doccount>(context.db.get_doccount(), 1);
  return counting.get_mset(0, 0, everything).get_matches_estimated();
}

// Runs the request's page of the query `text` (words joined by default_op), counting facets.
Attempt run_attempt(const AttemptContext& context, const std::string& text, Q::op default_op) {
  const SearchRequest& request = context.request;
  Attempt attempt;
  attempt.spies = FacetSpies(context.spy_plan);
  attempt.built = context.builder.build(
      parse_query_syntax(text),
      QueryOptions{default_op, context.prefix, context.options.prefix_expansion, context.languages.codes,
                   context.languages.forced});
  const FacetFilters filters{request};
  if (context.every_episode_counts && attempt.built.match_all && !attempt.built.excludes && filters.none()) {
    // Every episode matches: their counts are the index revision's, counted once.
    attempt.spies.known = context.every_episode_counts->get(
        context.db, [&](Xapian::Database& db) { return count_every_episode(db, context.spy_plan); });
  }
  const Q query = filtered(attempt.built, filters.build());
  Xapian::Enquire enquire(context.db);
  enquire.set_query(query);
  apply_sort(enquire, context.sort);
  const Xapian::doccount first = (request.page - 1) * request.per_page;
  try {
    if (context.db.size() > 1) {  // shards: count in a pass of their own (count_matches)
      attempt.total = count_matches(context, query, attempt.spies);
      if (attempt.total > 0) attempt.mset = enquire.get_mset(first, request.per_page);
    } else {  // one database counts exactly in the page's own pass
      attempt.spies.add_to(enquire);
      const Xapian::doccount everything = std::max<Xapian::doccount>(context.db.get_doccount(), 1);
      attempt.mset = enquire.get_mset(first, request.per_page, everything);
      attempt.total = attempt.mset.get_matches_estimated();
    }
  } catch (const Xapian::WildcardError&) {
    attempt.mset = Xapian::MSet();
    attempt.total = 0;
  }
  return attempt;
}

// The attempt that answers a request, and what the response says about how it was found.
struct Answer {
  Attempt attempt;
  std::optional<std::string> corrected_query;  // the spelling correction searched instead
  std::optional<std::string> suggestion;       // a correction offered but not needed
  bool matched_all_words = true;
};

// The query as typed; when it finds nothing, its spelling correction; when that finds nothing
// either, episodes with any of the words.
Answer answer_with_fallbacks(const AttemptContext& context) {
  const SearchRequest& request = context.request;
  Answer answer{run_attempt(context, request.query, Q::OP_AND), std::nullopt, std::nullopt, true};
  std::optional<std::string> correction =
      spelling_correction(context.db, request.query, context.prefix, context.languages.codes);
  if (answer.attempt.found() || answer.attempt.built.match_all) {
    answer.suggestion = correction;
    return answer;
  }
  if (correction) {
    Attempt corrected = run_attempt(context, *correction, Q::OP_AND);
    if (corrected.found()) {
      answer.attempt = std::move(corrected);
      answer.corrected_query = std::move(correction);
      return answer;
    }
  }
  answer.suggestion = correction;
  Attempt relaxed = run_attempt(context, request.query, Q::OP_OR);
  if (relaxed.found()) {
    answer.attempt = std::move(relaxed);
    answer.matched_all_words = false;
  }
  return answer;
}

}  // namespace

std::optional<Error> validate_search_request(const SearchRequest& request) {
  for (const auto* values : {&request.guests, &request.topics, &request.podcasts, &request.languages,
                             &request.categories}) {
    for (const std::string& value : *values) {
      if (auto error = check_query("a facet filter", value)) return error;
    }
  }
  if (auto error = check_query("q", request.query)) return error;
  if (auto error = check_facet_limit(request.facet_limit)) return error;
  if (auto error = check_language_codes(request.languages)) return error;
  if (auto error = check_date_range(request.published_after, request.published_before)) return error;
  if (auto error = check_duration_range(request.min_duration_minutes, request.max_duration_minutes)) return error;
  if (auto error = check_query_language(request.lang)) return error;
  return check_paging(request.page, request.per_page);
}

Expected<SearchResponse> Searcher::search(const SearchRequest& request) const {
  if (auto error = validate_search_request(request)) return *error;
  auto started = std::chrono::steady_clock::now();
  auto response = reader_.guarded([&](Xapian::Database& db) { return run(db, request); }, "search");
  if (response.ok()) {
    response.value().missing_shards = reader_.missing_shards();
    response.value().partial = !response.value().missing_shards.empty();
    if (response.value().partial && options_.strict_shards) {
      std::string names;
      for (const auto& name : response.value().missing_shards) names += (names.empty() ? "" : ", ") + name;
      return Error{ErrorCode::kUnavailable, "shards of the index did not answer: " + names};
    }
    response.value().took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  }
  return response;
}

// Our own spies on one local database (the facet row where every episode has one: an index of
// schema 6 has none until it is re-indexed); the built-in ones wherever a shard may be remote (a stub).
FacetSpyPlan Searcher::facet_spy_plan(const Xapian::Database& db) const {
  if (db.size() != 1 || is_stub(reader_.path())) return FacetSpyPlan::kBuiltIn;
  if (options_.local_facet_plan) return *options_.local_facet_plan;
  return has_facet_rows(db) ? FacetSpyPlan::kFacetRow : FacetSpyPlan::kSlotRuns;
}

SearchResponse Searcher::run(Xapian::Database& db, const SearchRequest& request) const {
  QueryBuilder builder(db, synonyms_);
  // Nothing asked for (browse) or only exclusions ("-curl"): nothing to rank by, newest first.
  const bool ranked = has_positive_words(parse_query_syntax(request.query).root);
  const SortOrder sort = request.sort.value_or(ranked ? SortOrder::kRelevance : SortOrder::kNewest);
  QueryLanguages languages = query_languages(db, FacetFilters{request}.build(), request.lang);
  const bool prefix = last_word_is_prefix(db, request.query, request.partial, languages.codes);
  const FacetSpyPlan plan = facet_spy_plan(db);
  Answer answer = answer_with_fallbacks(AttemptContext{db, request, builder, options_, sort, std::move(languages),
                                                       prefix, plan,
                                                       plan == FacetSpyPlan::kBuiltIn ? nullptr : &every_episode_counts_});

  SearchResponse response;
  response.query = request.query;
  response.page = request.page;
  response.per_page = request.per_page;
  response.corrected_query = answer.corrected_query;
  response.suggestion = answer.suggestion;
  response.matched_all_words = answer.matched_all_words;
  response.total = static_cast<int>(answer.attempt.total);
  response.results = result_page(db, answer.attempt.mset, answer.attempt.built,
                                 ResultPageOptions{options_.deep_link_template, options_.max_transcript_hits});
  set_facets(response, db, answer.attempt.built, request, answer.attempt.spies);
  return response;
}

}  // namespace podseek
