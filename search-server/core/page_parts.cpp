// Matching parts of a page of episodes (see page_parts.hpp).
#include "search-server/core/page_parts.hpp"

#include "common/index_schema.hpp"

namespace podseek {

std::map<std::string, std::vector<Xapian::Document>> matching_parts_by_episode(
    Xapian::Database& db, const Xapian::Query& query, const std::vector<std::string>& episode_ids,
    std::string_view kind, Xapian::doccount per_episode) {
  std::map<std::string, std::vector<Xapian::Document>> parts;
  if (episode_ids.empty() || per_episode == 0) return parts;
  std::vector<Xapian::Query> episodes;
  for (const auto& id : episode_ids) episodes.emplace_back(schema::episode_term(id));
  Xapian::Query scope(Xapian::Query::OP_AND, Xapian::Query(schema::kind_term(kind)),
                      Xapian::Query(Xapian::Query::OP_OR, episodes.begin(), episodes.end()));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, scope));
  // The best per_episode parts of each episode, whatever the others score.
  enquire.set_collapse_key(schema::kEpisodeIdSlot, per_episode);
  Xapian::MSet found = enquire.get_mset(0, per_episode * static_cast<Xapian::doccount>(episode_ids.size()));
  for (auto it = found.begin(); it != found.end(); ++it) {
    Xapian::Document doc = it.get_document();
    parts[doc.get_value(schema::kEpisodeIdSlot)].push_back(doc);
  }
  return parts;
}

}  // namespace podseek
