// Facet filters and exact facet counts (see facets.hpp).
#include "search-server/core/facets.hpp"

#include <algorithm>
#include <iterator>

#include "common/language_code.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

std::string guest_filter(const std::string& v) { return schema::guest_term(thread_analyzer().fold(v)); }
std::string topic_filter(const std::string& v) { return schema::topic_term(thread_analyzer().fold(v)); }
std::string podcast_filter(const std::string& v) { return schema::podcast_term(thread_analyzer().fold(v)); }
std::string language_filter(const std::string& v) { return schema::language_term(normalize_language_code(v)); }
std::string category_filter(const std::string& v) { return schema::category_term(thread_analyzer().fold(v)); }

Q any_of(const FacetKind& kind, const std::vector<std::string>& values) {
  std::vector<Q> terms;
  for (const auto& value : values) terms.emplace_back(kind.filter_term(value));
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

// Published dates are ISO 8601 dates or date-times, so a day's bounds compare as text: from "D"
// on, and up to every time of "D" (a date-time "DTHH:MM:SSZ" sorts after "D" and before "D\xff").
Q date_and_duration_ranges(const SearchRequest& request, Q filter) {
  if (request.published_after || request.published_before) {
    std::string from = request.published_after.value_or("");
    std::string to = request.published_before ? *request.published_before + "\xff" : std::string("\xff");
    filter = Q(Q::OP_FILTER, filter, Q(Q::OP_VALUE_RANGE, schema::kPublishedSlot, from, to));
  }
  if (request.min_duration_minutes || request.max_duration_minutes) {
    double from = request.min_duration_minutes.value_or(0) * 60.0;
    double to = request.max_duration_minutes ? *request.max_duration_minutes * 60.0 : 1e12;
    filter = Q(Q::OP_FILTER, filter,
               Q(Q::OP_VALUE_RANGE, schema::kDurationSlot, Xapian::sortable_serialise(from),
                 Xapian::sortable_serialise(to)));
  }
  return filter;
}

// Counts one facet's values over every episode that matches the other filters.
std::vector<FacetValue> count_facet(Xapian::Database& db, const BuiltQuery& built, const FacetFilters& filters,
                                    const FacetKind& kind, FacetSpyPlan plan) {
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built, filters.build(kind.slot)));
  if (plan == FacetSpyPlan::kFacetRow) {
    FacetRowSpy spy;
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    return spy.counts(static_cast<std::size_t>(&kind - kFacetKinds.data()));
  }
  FacetSpy spy(kind.slot, kind.slots, plan);
  spy.add_to(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  return spy.counts();
}

}  // namespace

namespace {
constexpr auto& kRuns = schema::kFacetRuns;
}  // namespace

const std::array<FacetKind, schema::kFacetRuns.size()> kFacetKinds = {{
    {"guest", kRuns[0].first_slot, kRuns[0].slots, guest_filter, &SearchRequest::guests, &SearchResponse::guest_facet,
     &SearchResponse::guest_values},
    {"topic", kRuns[1].first_slot, kRuns[1].slots, topic_filter, &SearchRequest::topics, &SearchResponse::topic_facet,
     &SearchResponse::topic_values},
    {"podcast", kRuns[2].first_slot, kRuns[2].slots, podcast_filter, &SearchRequest::podcasts,
     &SearchResponse::podcast_facet, &SearchResponse::podcast_values},
    {"language", kRuns[3].first_slot, kRuns[3].slots, language_filter, &SearchRequest::languages,
     &SearchResponse::language_facet, &SearchResponse::language_values},
    {"category", kRuns[4].first_slot, kRuns[4].slots, category_filter, &SearchRequest::categories,
     &SearchResponse::category_facet, &SearchResponse::category_values},
}};
static_assert(schema::kFacetRuns[0].first_slot == schema::kGuestFacetFirstSlot &&
                  schema::kFacetRuns[1].first_slot == schema::kTopicFacetFirstSlot &&
                  schema::kFacetRuns[2].first_slot == schema::kPodcastSlot &&
                  schema::kFacetRuns[3].first_slot == schema::kLanguageSlot &&
                  schema::kFacetRuns[4].first_slot == schema::kCategoryFacetFirstSlot,
              "kFacetKinds names the runs of the facet row in their order");

Q FacetFilters::build(Xapian::valueno skip_slot) const {
  Q filter(schema::kind_term(schema::kKindEpisode));
  for (const FacetKind& kind : kFacetKinds) {
    const std::vector<std::string>& chosen = request.*kind.chosen;
    if (!chosen.empty() && skip_slot != kind.slot) filter = Q(Q::OP_FILTER, filter, any_of(kind, chosen));
  }
  return date_and_duration_ranges(request, filter);
}

bool FacetFilters::none() const {
  for (const FacetKind& kind : kFacetKinds) {
    if (!(request.*kind.chosen).empty()) return false;
  }
  return !request.published_after && !request.published_before && !request.min_duration_minutes &&
         !request.max_duration_minutes;
}

FacetCounts count_every_episode(Xapian::Database& db, FacetSpyPlan plan) {
  const FacetSpies spies(plan);
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(schema::kind_term(schema::kKindEpisode)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  spies.add_to(enquire);
  enquire.get_mset(0, 0, std::max<Xapian::doccount>(db.get_doccount(), 1));
  FacetCounts out;
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = spies.counts(i);
  return out;
}

Q filtered(const BuiltQuery& built, const Q& filter) {
  return built.match_all && !built.excludes ? filter : Q(Q::OP_FILTER, built.query, filter);
}

FacetSpies::FacetSpies(FacetSpyPlan spy_plan) : plan(spy_plan) {
  if (plan == FacetSpyPlan::kFacetRow) {
    row = std::make_unique<FacetRowSpy>();
    return;
  }
  for (const FacetKind& kind : kFacetKinds) spies.push_back(std::make_unique<FacetSpy>(kind.slot, kind.slots, plan));
}

void FacetSpies::add_to(Xapian::Enquire& enquire) const {
  if (known) return;
  if (row) enquire.add_matchspy(row.get());
  for (const auto& spy : spies) spy->add_to(enquire);
}

std::vector<FacetValue> FacetSpies::counts(std::size_t kind) const {
  if (known) return (*known)[kind];
  return row ? row->counts(kind) : spies[kind]->counts();
}

void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies) {
  const FacetFilters filters{request};
  const auto limit = static_cast<std::size_t>(request.facet_limit);
  for (std::size_t i = 0; i < kFacetKinds.size(); ++i) {
    const FacetKind& kind = kFacetKinds[i];
    const std::vector<std::string>& chosen = request.*kind.chosen;
    // The query run's own counts when nothing is chosen in this facet, else a count of its own.
    std::vector<FacetValue> counts =
        chosen.empty() ? spies.counts(i) : count_facet(db, built, filters, kind, spies.plan);
    response.*kind.distinct = static_cast<int>(counts.size());
    response.*kind.listed = most_frequent(std::move(counts), limit, chosen);
  }
  const std::string prefix(schema::kPodcastMetadataPrefix);
  response.podcasts_in_index = static_cast<int>(std::distance(db.metadata_keys_begin(prefix), db.metadata_keys_end(prefix)));
}

}  // namespace podseek
