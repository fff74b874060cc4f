// Browsing queries (see catalog.hpp).
#include "search-server/core/catalog.hpp"

#include <algorithm>
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

// The podcast's episode next to `doc` in date order (older: published before it), or nullopt: the
// first of the podcast's episodes on that side of its date-order key that is not `doc` itself
// (the key is unique, so at most kNeighbourRead are read).
std::optional<EpisodeRef> neighbour(Xapian::Database& db, const Q& podcast, const std::string& key,
                                    const std::string& id, bool older) {
  constexpr Xapian::doccount kNeighbourRead = 2;
  const Q side(older ? Q::OP_VALUE_LE : Q::OP_VALUE_GE, schema::kDateOrderSlot, key);
  const Q filter(Q::OP_FILTER, podcast, side);
  Xapian::MSet mset = older ? newest_episodes(db, filter, 0, kNeighbourRead) : oldest_episodes(db, filter, 0, kNeighbourRead);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    EpisodeRef ref = ref_of(it.get_document(), true);
    if (ref.id != id) return ref;
  }
  return std::nullopt;
}

// The podcast's episodes published just before and just after `doc`: two sorted queries on the
// date-order slot, each reading at most two documents.
void add_neighbours(Xapian::Database& db, const Xapian::Document& doc, const std::string& podcast,
                    EpisodeDetail& detail) {
  const Q filter(schema::podcast_term(thread_analyzer().fold(podcast)));
  const std::string key = doc.get_value(schema::kDateOrderSlot);
  const std::string id = doc.get_value(schema::kEpisodeIdSlot);
  detail.previous = neighbour(db, filter, key, id, true);
  detail.next = neighbour(db, filter, key, id, false);
}

// The episode documents numbered `number` (a value range on the number slot), at most two: enough
// to tell one from several.
std::vector<Xapian::Document> numbered(Xapian::Database& db, int number) {
  const std::string value = Xapian::sortable_serialise(number);
  Xapian::MSet mset = newest_episodes(db, Q(Q::OP_VALUE_RANGE, schema::kNumberSlot, value, value), 0, 2);
  std::vector<Xapian::Document> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(it.get_document());
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
          std::vector<Xapian::Document> found = numbered(db, std::stoi(id_or_number));
          if (found.size() > 1) {
            return Expected<EpisodeDetail>(
                Error{ErrorCode::kInvalidArgument,
                      "episode number " + id_or_number + " exists in several podcasts: use the episode id"});
          }
          if (!found.empty()) doc = found.front();
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
