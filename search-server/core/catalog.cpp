// Browsing queries (see catalog.hpp).
#include "search-server/core/catalog.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/deep_linker.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

// Every episode document, newest first (episode_order.hpp).
Xapian::MSet all_episodes(Xapian::Database& db, Xapian::doccount first, Xapian::doccount count) {
  return newest_episodes(db, Xapian::Query(), first, count);
}

EpisodeRef ref_of(const Xapian::Document& doc, bool with_title) { return episode_ref(doc, with_title); }

// The podcast's episodes published just before and just after `doc` (newest-first order).
void add_neighbours(Xapian::Database& db, const Xapian::Document& doc, const std::string& podcast,
                    EpisodeDetail& detail) {
  Xapian::MSet order = newest_episodes(db, Q(schema::podcast_term(thread_analyzer().fold(podcast))), 0,
                                       db.get_doccount());
  const std::string id = doc.get_value(schema::kEpisodeIdSlot);
  std::optional<EpisodeRef> newer;
  for (auto it = order.begin(); it != order.end(); ++it) {
    EpisodeRef ref = ref_of(it.get_document(), true);
    if (ref.id != id) {
      newer = std::move(ref);
      continue;
    }
    detail.next = newer;
    if (++it != order.end()) detail.previous = ref_of(it.get_document(), true);
    return;
  }
}

// Groups every episode by the values of a list slot (guests, topics), in first-seen order
// of the newest-first episode list, then by name.
std::vector<NamedEpisodes> group_by(Xapian::Database& db, Xapian::valueno slot) {
  std::map<std::string, std::vector<EpisodeRef>> groups;
  Xapian::MSet episodes = all_episodes(db, 0, db.get_doccount());
  for (auto it = episodes.begin(); it != episodes.end(); ++it) {
    Xapian::Document doc = it.get_document();
    EpisodeRef ref = ref_of(doc, true);
    for (const auto& value : schema::split_list(doc.get_value(slot))) groups[value].push_back(ref);
  }
  std::vector<NamedEpisodes> out;
  for (auto& [name, refs] : groups) out.push_back({name, std::move(refs)});
  return out;
}

std::optional<Xapian::Document> find_by_term(Xapian::Database& db, const std::string& term) {
  Xapian::PostingIterator it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return std::nullopt;
  return db.get_document(*it);
}

bool is_number(const std::string& text) {
  return !text.empty() && text.size() < 9 &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

Expected<EpisodeList> Catalog::list_episodes(int page, int per_page) const {
  if (auto error = check_paging(page, per_page)) return *error;
  return reader_.guarded(
      [&](Xapian::Database& db) {
        EpisodeList list{0, page, per_page, {}};
        Xapian::MSet mset = all_episodes(db, (page - 1) * per_page, per_page);
        list.total = static_cast<int>(mset.get_matches_estimated());
        for (auto it = mset.begin(); it != mset.end(); ++it) {
          list.episodes.push_back(decode_stored_episode(it.get_document().get_data()));
        }
        return list;
      },
      "reading the index");
}

Expected<EpisodeDetail> Catalog::episode(const std::string& id_or_number) const {
  auto found = reader_.guarded(
      [&](Xapian::Database& db) -> std::optional<Expected<EpisodeDetail>> {
        std::optional<Xapian::Document> doc = find_by_term(db, schema::id_term(id_or_number));
        if (!doc && is_number(id_or_number)) {
          int wanted = std::stoi(id_or_number);
          Xapian::MSet episodes = all_episodes(db, 0, db.get_doccount());
          int matches = 0;
          for (auto it = episodes.begin(); it != episodes.end(); ++it) {
            Xapian::Document candidate = it.get_document();
            if (ref_of(candidate, false).number == wanted) {
              doc = candidate;
              ++matches;
            }
          }
          if (matches > 1) {
            return Expected<EpisodeDetail>(
                Error{ErrorCode::kInvalidArgument,
                      "episode number " + id_or_number + " exists in several podcasts: use the episode id"});
          }
        }
        if (!doc || doc->get_value(schema::kContentHashSlot).empty()) return std::nullopt;
        EpisodeDetail detail{decode_stored_episode(doc->get_data()), {}, std::nullopt, std::nullopt};
        add_neighbours(db, *doc, detail.stored.podcast, detail);
        DeepLinker links(db, deep_link_template_);
        for (const auto& chapter : detail.stored.episode.chapters) {
          detail.chapter_links.push_back(
              links.link(detail.stored.podcast, detail.stored.episode, chapter.start_seconds));
        }
        return Expected<EpisodeDetail>(std::move(detail));
      },
      "reading the index");
  if (!found.ok()) return found.error();
  if (!found.value()) return Error{ErrorCode::kNotFound, "no episode " + id_or_number};
  return std::move(*found.value());
}

Expected<std::vector<NamedEpisodes>> Catalog::guests() const {
  return reader_.guarded([](Xapian::Database& db) { return group_by(db, schema::kGuestsSlot); }, "reading the index");
}

Expected<std::vector<NamedEpisodes>> Catalog::topics() const {
  return reader_.guarded(
      [](Xapian::Database& db) {
        std::vector<NamedEpisodes> grouped = group_by(db, schema::kTopicsSlot);
        // In the order of the topics file, as the indexer recorded it.
        auto order = nlohmann::json::parse(db.get_metadata(std::string(schema::kTopicsMetadataKey)), nullptr, false);
        if (order.is_array()) {
          auto rank = [&](const std::string& name) {
            for (std::size_t i = 0; i < order.size(); ++i) {
              if (order[i].is_string() && order[i].get<std::string>() == name) return i;
            }
            return order.size();
          };
          std::stable_sort(grouped.begin(), grouped.end(),
                           [&](const NamedEpisodes& a, const NamedEpisodes& b) { return rank(a.name) < rank(b.name); });
        }
        return grouped;
      },
      "reading the index");
}

namespace {

// The indexer's commit time (schema::kCommittedAtKey), or nullopt for an index written before it.
std::optional<long long> committed_at(Xapian::Database& db) {
  std::string text = db.get_metadata(std::string(schema::kCommittedAtKey));
  if (text.empty()) return std::nullopt;
  try {
    return std::stoll(text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Xapian's revision of a single database; 0 for a sharded index, which has none of its own.
unsigned long revision_of(const Xapian::Database& db) {
  try {
    return static_cast<unsigned long>(db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    return 0;
  }
}

}  // namespace

Expected<IndexHealth> Catalog::health() const {
  return reader_.guarded(
      [](Xapian::Database& db) {
        IndexHealth health{static_cast<int>(db.get_termfreq(schema::kind_term(schema::kKindEpisode))),
                           static_cast<int>(db.get_doccount()), revision_of(db)};
        health.committed_at = committed_at(db);
        return health;
      },
      "reading the index");
}

}  // namespace podseek
