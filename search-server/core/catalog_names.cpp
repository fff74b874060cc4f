// The catalog's lists of guests and topics (see catalog.hpp): names and counts from the filter
// terms' list, kept per index revision; for each name on the page, its newest episodes.
#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/catalog.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();

// The topics in the order of the topics file (index metadata), then any other topic term in term order.
std::vector<FilterName> topics_in_file_order(Xapian::Database& db) {
  std::vector<FilterName> names = filter_names(db, schema::kTopicPrefix, kNoLimit);
  auto order = nlohmann::json::parse(db.get_metadata(std::string(schema::kTopicsMetadataKey)), nullptr, false);
  std::vector<std::string> folded_order;
  if (order.is_array()) {
    for (const auto& name : order) {
      if (name.is_string()) folded_order.push_back(thread_analyzer().fold(name.get<std::string>()));
    }
  }
  auto rank = [&](const FilterName& name) {
    return std::find(folded_order.begin(), folded_order.end(), name.folded) - folded_order.begin();
  };
  std::stable_sort(names.begin(), names.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return names;
}

// One name with its newest episodes (reading kListedEpisodes documents at most).
NamedEpisodes named_episodes(Xapian::Database& db, const FilterName& name, const std::string& term,
                             Xapian::valueno names_slot) {
  NamedEpisodes out{"", static_cast<int>(name.episodes), {}};
  Xapian::MSet newest = newest_episodes(db, Q(term), 0, NamedEpisodes::kListedEpisodes);
  for (auto it = newest.begin(); it != newest.end(); ++it) {
    Xapian::Document doc = it.get_document();
    if (out.name.empty()) out.name = written_name(doc, names_slot, name.folded);
    out.episodes.push_back(episode_ref(doc, true));
  }
  if (out.name.empty()) out.name = name.folded;  // no episode writes it otherwise: shown folded
  return out;
}

NamedList named_page(Xapian::Database& db, const std::vector<FilterName>& names, std::string_view prefix,
                     Xapian::valueno names_slot, int page, int per_page) {
  NamedList list{static_cast<int>(names.size()), page, per_page, {}};
  const std::size_t first = static_cast<std::size_t>(page - 1) * per_page;
  for (std::size_t i = first; i < names.size() && i < first + per_page; ++i) {
    list.items.push_back(named_episodes(db, names[i], std::string(prefix) + names[i].folded, names_slot));
  }
  return list;
}

}  // namespace

Expected<NamedList> Catalog::guests(int page, int per_page) const {
  if (auto error = check_paging(page, per_page)) return *error;
  return reader_.guarded(
      [&](Xapian::Database& db) {
        auto names = guest_names_.get(db, [](Xapian::Database& d) { return filter_names(d, schema::kGuestPrefix, kNoLimit); });
        return named_page(db, *names, schema::kGuestPrefix, schema::kGuestsSlot, page, per_page);
      },
      "reading the index");
}

// Every topic with its newest episodes. A topic may be on most episodes, and its newest ones are a
// sort over all of them, so the whole list (as many names as the topics file has) is built once per
// index revision rather than on each request.
NamedList all_topics(Xapian::Database& db) {
  const std::vector<FilterName> names = topics_in_file_order(db);
  const int count = static_cast<int>(names.size());
  return named_page(db, names, schema::kTopicPrefix, schema::kTopicsSlot, 1, std::max(count, 1));
}

Expected<NamedList> Catalog::topics(int page, int per_page) const {
  if (auto error = check_paging(page, per_page)) return *error;
  return reader_.guarded(
      [&](Xapian::Database& db) {
        auto all = topic_lists_.get(db, all_topics);
        NamedList list{all->total, page, per_page, {}};
        const std::size_t first = static_cast<std::size_t>(page - 1) * per_page;
        for (std::size_t i = first; i < all->items.size() && i < first + per_page; ++i) list.items.push_back(all->items[i]);
        return list;
      },
      "reading the index");
}

}  // namespace podseek
