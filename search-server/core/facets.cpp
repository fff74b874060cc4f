// Facet filters and exact facet counts (see facets.hpp).
#include "search-server/core/facets.hpp"

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

Q any_of(std::string (*term)(std::string_view), const std::vector<std::string>& values) {
  std::vector<Q> terms;
  for (const auto& value : values) terms.emplace_back(term(thread_analyzer().fold(value)));
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

// Counts one facet's values over every episode that matches the other filters.
std::vector<FacetValue> count_facet(Xapian::Database& db, const BuiltQuery& built, const FacetFilters& filters,
                                    const FacetDefinition& facet) {
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built, filters.build(&facet)));
  FacetSpy spy(facet.first_slot, facet.slots);
  spy.add_to(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  return spy.counts();
}

}  // namespace

const std::vector<FacetDefinition>& facet_table() {
  static const std::vector<FacetDefinition> table = {
      {"guest", schema::kGuestFacetFirstSlot, schema::kMaxFacetValuesPerEpisode, schema::guest_term,
       &SearchRequest::guests, &SearchResponse::guest_facet, &SearchResponse::guest_values},
      {"topic", schema::kTopicFacetFirstSlot, schema::kMaxFacetValuesPerEpisode, schema::topic_term,
       &SearchRequest::topics, &SearchResponse::topic_facet, &SearchResponse::topic_values},
      {"podcast", schema::kPodcastSlot, 1, schema::podcast_term, &SearchRequest::podcasts,
       &SearchResponse::podcast_facet, &SearchResponse::podcast_values},
  };
  return table;
}

Q FacetFilters::build(const FacetDefinition* skip) const {
  Q filter(schema::kind_term(schema::kKindEpisode));
  for (const FacetDefinition& facet : facet_table()) {
    const std::vector<std::string>& chosen = request.*facet.chosen;
    if (chosen.empty() || &facet == skip) continue;
    filter = Q(Q::OP_FILTER, filter, any_of(facet.filter_term, chosen));
  }
  return filter;
}

Q filtered(const BuiltQuery& built, const Q& filter) {
  return built.match_all ? filter : Q(Q::OP_FILTER, built.query, filter);
}

FacetSpies::FacetSpies() {
  for (const FacetDefinition& facet : facet_table()) {
    by_facet.push_back(std::make_unique<FacetSpy>(facet.first_slot, facet.slots));
  }
}

void FacetSpies::add_to(Xapian::Enquire& enquire) const {
  for (const auto& spy : by_facet) spy->add_to(enquire);
}

void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies) {
  const FacetFilters filters{request};
  const auto limit = static_cast<std::size_t>(request.facet_limit);
  const std::vector<FacetDefinition>& table = facet_table();
  for (std::size_t i = 0; i < table.size(); ++i) {
    const FacetDefinition& facet = table[i];
    const std::vector<std::string>& chosen = request.*facet.chosen;
    // A facet with nothing chosen takes the query run's own counts; a chosen one is counted again.
    std::vector<FacetValue> counted = chosen.empty() ? spies.by_facet[i]->counts() : count_facet(db, built, filters, facet);
    response.*facet.distinct_values = static_cast<int>(counted.size());
    response.*facet.values = most_frequent(std::move(counted), limit, chosen);
  }
}

}  // namespace podseek
