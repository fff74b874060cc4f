// Newest-first episode listing (see episode_order.hpp).
#include "search-server/core/episode_order.hpp"

#include "common/index_schema.hpp"

namespace podseek {

namespace {

Xapian::MSet episodes_by_date(Xapian::Database& db, const Xapian::Query& filter, bool newest_first,
                              Xapian::doccount first, Xapian::doccount count) {
  Xapian::Query episodes(schema::kind_term(schema::kKindEpisode));
  Xapian::Enquire enquire(db);
  enquire.set_query(filter.empty() ? episodes : Xapian::Query(Xapian::Query::OP_FILTER, episodes, filter));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // One combined value (published, number, id): remote shards run no KeyMaker.
  enquire.set_sort_by_value(schema::kDateOrderSlot, newest_first);
  return enquire.get_mset(first, count, db.get_doccount());
}

}  // namespace

Xapian::MSet newest_episodes(Xapian::Database& db, const Xapian::Query& filter, Xapian::doccount first,
                             Xapian::doccount count) {
  return episodes_by_date(db, filter, true, first, count);
}

Xapian::MSet oldest_episodes(Xapian::Database& db, const Xapian::Query& filter, Xapian::doccount first,
                             Xapian::doccount count) {
  return episodes_by_date(db, filter, false, first, count);
}

EpisodeRef episode_ref(const Xapian::Document& doc, bool with_title) {
  EpisodeRef ref{doc.get_value(schema::kEpisodeIdSlot), std::nullopt, ""};
  if (with_title) ref.title = doc.get_value(schema::kTitleSlot);
  std::string number = doc.get_value(schema::kNumberSlot);
  if (!number.empty()) ref.number = static_cast<int>(Xapian::sortable_unserialise(number));
  return ref;
}

}  // namespace podseek
