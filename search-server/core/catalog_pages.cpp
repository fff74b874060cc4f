// The catalog's podcast and guest pages (see catalog.hpp): every podcast from the index's
// metadata, one podcast with a page of its episodes, one guest with a page of theirs.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "common/corpus_json.hpp"
#include "common/index_schema.hpp"
#include "common/listing_json.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/catalog.hpp"
#include "search-server/core/deep_linker.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

// The podcast described by the metadata entry `podcast:<title>`; fields that do not read are left empty.
PodcastInfo podcast_info(Xapian::Database& db, const std::string& title) {
  PodcastInfo info{podcast_id(title), Podcast{}, 0};
  info.podcast.title = title;
  auto j = nlohmann::json::parse(db.get_metadata(std::string(schema::kPodcastMetadataPrefix) + title), nullptr, false);
  if (j.is_object()) {
    try {
      for (auto [key, field] : {std::pair{"url", &info.podcast.url}, {"description", &info.podcast.description}}) {
        if (j.contains(key) && j[key].is_string()) *field = j[key].get<std::string>();
      }
      podcast_listing_from_json(j, "index metadata", "podcast:" + title, info.podcast);
    } catch (const std::exception&) {
      // Written by our own indexer; a field of another version's shape is simply not shown.
    }
  }
  const Q filter(schema::podcast_term(thread_analyzer().fold(title)));
  info.episode_count = static_cast<int>(newest_episodes(db, filter, 0, 0).get_matches_estimated());
  return info;
}

std::vector<std::string> podcast_titles(Xapian::Database& db) {
  std::vector<std::string> titles;
  const std::string prefix(schema::kPodcastMetadataPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    titles.push_back((*it).substr(prefix.size()));
  }
  return titles;
}

EpisodeList episode_page(Xapian::Database& db, const Q& filter, int page, int per_page) {
  EpisodeList list{0, page, per_page, {}};
  Xapian::MSet mset = newest_episodes(db, filter, (page - 1) * per_page, per_page);
  list.total = static_cast<int>(mset.get_matches_estimated());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    list.episodes.push_back(decode_stored_episode(it.get_document().get_data()));
  }
  return list;
}

// The hosts of the podcast's newest episodes, most frequent first (then by name).
std::vector<std::string> frequent_hosts(Xapian::Database& db, const Q& filter) {
  std::map<std::string, int> counts;
  Xapian::MSet mset = newest_episodes(db, filter, 0, PodcastPage::kHostSampleEpisodes);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    for (const auto& host : decode_stored_episode(it.get_document().get_data()).episode.hosts) counts[host]++;
  }
  std::vector<std::pair<std::string, int>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> hosts;
  for (auto& [name, count] : ranked) hosts.push_back(name);
  return hosts;
}

// The guest's name as the first of their episodes writes it, or "" when no episode has it.
std::string display_name(Xapian::Database& db, const std::string& folded) {
  Xapian::MSet first = newest_episodes(db, Q(schema::guest_term(folded)), 0, 1);
  if (first.empty()) return "";
  for (const auto& name : schema::split_list(first.begin().get_document().get_value(schema::kGuestsSlot))) {
    if (thread_analyzer().fold(name) == folded) return name;
  }
  return "";
}

std::string cut_text(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  }
  return text.substr(0, cut) + "…";
}

// The first passages of the episode's transcript said by the guest, found by their speaker term
// (schema::speaker_term of the folded name), so an episode's other passages are never read.
void add_spoken(Xapian::Database& db, const StoredEpisode& stored, const std::string& folded, DeepLinker& links,
                std::vector<SpokenMoment>& out) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(Q::OP_FILTER, Q(schema::speaker_term(folded)),
                      Q(Q::OP_AND, Q(schema::kind_term(schema::kKindSegment)), Q(schema::episode_term(stored.id)))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(schema::kStartSlot, false);
  Xapian::MSet segments = enquire.get_mset(0, GuestEpisodes::kSpokenPerEpisode);
  for (auto it = segments.begin(); it != segments.end(); ++it) {
    TranscriptSegment segment = decode_stored_segment(it.get_document().get_data());
    out.push_back({stored.id, segment.start_seconds, cut_text(segment.text, SpokenMoment::kMaxTextBytes),
                   links.link(stored.podcast, stored.episode, segment.start_seconds)});
  }
}

}  // namespace

Expected<std::vector<PodcastInfo>> Catalog::podcasts() const {
  return reader_.guarded(
      [](Xapian::Database& db) {
        std::vector<PodcastInfo> out;
        for (const auto& title : podcast_titles(db)) out.push_back(podcast_info(db, title));
        return out;
      },
      "reading the index");
}

Expected<PodcastPage> Catalog::podcast(const std::string& id, int page, int per_page) const {
  if (auto error = check_paging(page, per_page)) return *error;
  auto found = reader_.guarded(
      [&](Xapian::Database& db) -> std::optional<PodcastPage> {
        for (const auto& title : podcast_titles(db)) {
          if (podcast_id(title) != id) continue;
          const Q filter(schema::podcast_term(thread_analyzer().fold(title)));
          return PodcastPage{podcast_info(db, title), frequent_hosts(db, filter), episode_page(db, filter, page, per_page)};
        }
        return std::nullopt;
      },
      "reading the index");
  if (!found.ok()) return found.error();
  if (!found.value()) return Error{ErrorCode::kNotFound, "no podcast " + id};
  return std::move(*found.value());
}

Expected<GuestEpisodes> Catalog::guest(const std::string& name, int page, int per_page) const {
  if (auto error = check_paging(page, per_page)) return *error;
  if (auto error = check_query("guest name", name)) return *error;
  const std::string folded = thread_analyzer().fold(name);
  auto found = reader_.guarded(
      [&](Xapian::Database& db) -> std::optional<GuestEpisodes> {
        GuestEpisodes guest{display_name(db, folded), {}, {}};
        if (guest.name.empty()) return std::nullopt;
        guest.episodes = episode_page(db, Q(schema::guest_term(folded)), page, per_page);
        DeepLinker links(db, deep_link_template_);
        for (const auto& stored : guest.episodes.episodes) add_spoken(db, stored, folded, links, guest.spoken);
        return guest;
      },
      "reading the index");
  if (!found.ok()) return found.error();
  if (!found.value()) return Error{ErrorCode::kNotFound, "no guest " + name};
  return std::move(*found.value());
}

}  // namespace podseek
