// Facet filters and exact facet counts (see facets.hpp).
#include "search-server/core/facets.hpp"

#include <iterator>

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
                                    Xapian::valueno slot) {
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built, filters.build(slot)));
  ListValueSpy spy(slot);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  return spy.counts();
}

// The counts of one facet: the query run's own when nothing is chosen in it, else a count of its own.
std::vector<FacetValue> facet_counts(Xapian::Database& db, const BuiltQuery& built, const FacetFilters& filters,
                                     const std::vector<std::string>& chosen, const ListValueSpy& spy,
                                     Xapian::valueno slot) {
  return chosen.empty() ? spy.counts() : count_facet(db, built, filters, slot);
}

}  // namespace

Q FacetFilters::build(Xapian::valueno skip_slot) const {
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

Q filtered(const BuiltQuery& built, const Q& filter) {
  return built.match_all ? filter : Q(Q::OP_FILTER, built.query, filter);
}

void FacetSpies::add_to(Xapian::Enquire& enquire) const {
  enquire.add_matchspy(guests.get());
  enquire.add_matchspy(topics.get());
  enquire.add_matchspy(podcasts.get());
}

void set_facets(SearchResponse& response, Xapian::Database& db, const BuiltQuery& built, const SearchRequest& request,
                const FacetSpies& spies) {
  const FacetFilters filters{request};
  std::vector<FacetValue> guests = facet_counts(db, built, filters, request.guests, *spies.guests, schema::kGuestsSlot);
  std::vector<FacetValue> topics = facet_counts(db, built, filters, request.topics, *spies.topics, schema::kTopicsSlot);
  std::vector<FacetValue> podcasts =
      facet_counts(db, built, filters, request.podcasts, *spies.podcasts, schema::kPodcastSlot);
  const auto limit = static_cast<std::size_t>(request.facet_limit);
  response.guest_values = static_cast<int>(guests.size());
  response.topic_values = static_cast<int>(topics.size());
  response.podcast_values = static_cast<int>(podcasts.size());
  response.guest_facet = most_frequent(std::move(guests), limit, request.guests);
  response.topic_facet = most_frequent(std::move(topics), limit, request.topics);
  response.podcast_facet = most_frequent(std::move(podcasts), limit, request.podcasts);
  const std::string prefix(schema::kPodcastMetadataPrefix);
  response.podcasts_in_index = static_cast<int>(std::distance(db.metadata_keys_begin(prefix), db.metadata_keys_end(prefix)));
}

}  // namespace podseek
