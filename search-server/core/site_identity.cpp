// The site's title and example queries from the index (see site_identity.hpp).
#include "search-server/core/site_identity.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "common/ascii_text.hpp"
#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/filter_names.hpp"

namespace podseek {
namespace {

constexpr std::size_t kMinExampleWordBytes = 3;

bool is_number(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
}

Xapian::doccount episode_count(const Xapian::Database& db) {
  return db.get_termfreq(schema::kind_term(schema::kKindEpisode));
}

std::vector<std::string> podcast_titles(const Xapian::Database& db) {
  std::vector<std::string> titles;
  const std::string prefix(schema::kPodcastMetadataPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    titles.push_back((*it).substr(prefix.size()));
  }
  std::sort(titles.begin(), titles.end());
  return titles;
}

// The name of a filter (guests, topics) that the most episodes have, as its newest episode writes
// it; "" when none has one. One pass over the filter's terms (their frequencies are exact episode
// counts), then one document.
std::string most_frequent_name(const Xapian::Database& db, std::string_view prefix, Xapian::valueno slot) {
  // Most episodes; among equals the shortest name (it reads best under the box), then the alphabet.
  FilterName best;
  for (const FilterName& name : filter_names(db, prefix, std::numeric_limits<std::size_t>::max())) {
    if (name.episodes > best.episodes || (name.episodes == best.episodes && name.folded.size() < best.folded.size())) {
      best = name;
    }
  }
  if (best.episodes == 0) return "";
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(std::string(prefix) + best.folded));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(schema::kDateOrderSlot, true);  // the newest episode (episode_order.hpp)
  Xapian::MSet first = enquire.get_mset(0, 1);
  return first.empty() ? "" : written_name(first.begin().get_document(), slot, best.folded);
}

// A field query for a name: guest:lucio, or guest:"Max Inden" for several words.
std::string field_query(std::string_view field, const std::string& name) {
  if (name.find('"') != std::string::npos) return "";
  const bool one_word = thread_analyzer().analyze(name).size() == 1;
  return std::string(field) + ":" + (one_word ? name : "\"" + name + "\"");
}

// The words of the podcasts' own titles: searching a show's name tells nothing apart.
std::set<std::string> podcast_title_words(const Xapian::Database& db) {
  std::set<std::string> words;
  for (const std::string& title : podcast_titles(db)) {
    for (const auto& word : thread_analyzer().analyze(title)) {
      words.insert(word.joined);
      words.insert(word.parts.begin(), word.parts.end());
    }
  }
  return words;
}

// Whether a title writes the word as a name: two capitals or more, or one after its first letter
// (QUIC, HTTP/3, eBPF, WebTransport), not merely capitalised as Title Case or German nouns are.
bool written_as_name(std::string_view text) {
  int capitals = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ascii::is_upper(text[i])) capitals += i == 0 ? 1 : 2;
  }
  return capitals >= 2;
}

// The words that some episode or chapter title writes as a name, each with the first way it is
// written ("quic" -> "QUIC"). Titles without letter case (most non-Latin scripts) name none, and
// frequency alone decides.
using NamedWords = std::map<std::string, std::string>;
NamedWords named_in_titles(const Xapian::Database& db) {
  NamedWords named;
  auto collect = [&](const std::string& title) {
    for (const auto& word : thread_analyzer().analyze(title)) {
      const std::string_view written = std::string_view(title).substr(word.begin, word.end - word.begin);
      if (written_as_name(written)) named.emplace(word.joined, std::string(written));
    }
  };
  const std::string episode_term = schema::kind_term(schema::kKindEpisode);
  std::size_t read = 0;
  for (auto it = db.postlist_begin(episode_term); it != db.postlist_end(episode_term) && read < kMaxSiteEpisodesRead;
       ++it, ++read) {
    StoredEpisode stored = decode_stored_episode(db.get_document(*it).get_data());
    collect(stored.episode.title);
    for (const auto& chapter : stored.episode.chapters) collect(chapter.title);
  }
  return named;
}

using Candidate = std::pair<double, std::string>;  // (score, word)

// Higher score first, then the longer word, then the alphabet.
bool more_telling(const Candidate& a, const Candidate& b) {
  if (a.first != b.first) return a.first > b.first;
  if (a.second.size() != b.second.size()) return a.second.size() > b.second.size();
  return a.second < b.second;
}

// Ranks candidates: words written as names first, then the higher score, then the longer word, then
// the alphabet.
struct MoreTelling {
  const NamedWords& named;
  bool operator()(const Candidate& a, const Candidate& b) const {
    const bool a_named = named.count(a.second) > 0, b_named = named.count(b.second) > 0;
    if (a_named != b_named) return a_named;
    return more_telling(a, b);
  }
};

// How often the word is said where it is said at all: its occurrences over the documents holding
// it. A subject of the show (QUIC, compost) comes back again and again in the episodes about it; a
// word of the chapter headings' own language (understanding, introduction) is said once and moves on.
double burstiness(const Xapian::Database& db, const std::string& word) {
  const Xapian::doccount holding = db.get_termfreq(word);
  return holding == 0 ? 1.0 : static_cast<double>(db.get_collection_freq(word)) / holding;
}

// How many episodes have the word in their title or a chapter title.
Xapian::doccount episodes_with(const Xapian::Database& db, const std::string& word) {
  using Q = Xapian::Query;
  Q in_titles(Q::OP_OR, Q(std::string(schema::kTitleField) + word), Q(std::string(schema::kChapterField) + word));
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(Q::OP_FILTER, in_titles, Q(schema::kind_term(schema::kKindEpisode))));
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

}  // namespace

std::vector<std::string> frequent_title_words(const Xapian::Database& db, std::size_t count) {
  const Xapian::doccount episodes = episode_count(db);
  const Xapian::doccount at_least = episodes < 4 ? 1 : 2;
  const Xapian::doccount at_most = std::max<Xapian::doccount>(1, episodes / 2);
  const std::set<std::string> show_name = podcast_title_words(db);
  // Candidates: the words of episode and chapter titles, most documents first.
  std::map<std::string, Xapian::doccount> documents;
  for (std::string_view field : {schema::kTitleField, schema::kChapterField}) {
    const std::string prefix(field);
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && scanned < kMaxSiteTitleWordsScanned;
         ++it, ++scanned) {
      const std::string word = (*it).substr(prefix.size());
      if (word.size() < kMinExampleWordBytes || is_number(word)) continue;
      if (is_stopword(word) || show_name.count(word)) continue;
      documents[word] += it.get_termfreq();
    }
  }
  std::vector<Candidate> ranked;
  for (const auto& [word, count] : documents) ranked.emplace_back(count, word);
  const NamedWords named = named_in_titles(db);
  std::sort(ranked.begin(), ranked.end(), MoreTelling{named});
  if (ranked.size() > kMaxSiteExampleCandidates) ranked.resize(kMaxSiteExampleCandidates);
  // Each candidate's exact count of episodes (a chapter document is not an episode).
  std::vector<Candidate> found;
  for (const auto& [ignored, word] : ranked) {
    const Xapian::doccount in = episodes_with(db, word);
    if (in >= at_least && in <= at_most) found.emplace_back(in * burstiness(db, word), word);
  }
  std::sort(found.begin(), found.end(), MoreTelling{named});
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && out.size() < count; ++i) {
    auto as_written = named.find(found[i].second);  // a name as the titles write it: QUIC
    out.push_back(as_written == named.end() ? found[i].second : as_written->second);
  }
  return out;
}

SiteDefaults site_defaults(const Xapian::Database& db) {
  SiteDefaults defaults;
  defaults.podcasts = podcast_titles(db);
  defaults.title = defaults.podcasts.size() == 1 ? defaults.podcasts.front() : "podseek";
  const std::vector<std::string> words = frequent_title_words(db, kMaxSiteExamples);
  std::vector<std::string> examples(words.begin(), words.begin() + std::min<std::size_t>(2, words.size()));
  const std::string guest = most_frequent_name(db, schema::kGuestPrefix, schema::kGuestsSlot);
  if (!guest.empty()) examples.push_back(field_query("guest", guest));
  const std::string topic = most_frequent_name(db, schema::kTopicPrefix, schema::kTopicsSlot);
  if (!topic.empty()) examples.push_back(field_query("topic", topic));
  for (const std::string& word : words) {
    if (examples.size() >= kMaxSiteExamples) break;
    if (std::find(examples.begin(), examples.end(), word) == examples.end()) examples.push_back(word);
  }
  std::erase(examples, std::string());
  if (examples.size() > kMaxSiteExamples) examples.resize(kMaxSiteExamples);
  defaults.examples = std::move(examples);
  return defaults;
}

Expected<SiteDefaults> read_site_defaults(IndexReader& reader) {
  return reader.guarded([](Xapian::Database& db) { return site_defaults(db); }, "reading the site defaults");
}

Expected<SiteDefaults> read_site_defaults(IndexReader& reader, const RevisionCache<SiteDefaults>& cache) {
  return reader.guarded([&](Xapian::Database& db) { return *cache.get(db, site_defaults); },
                        "reading the site defaults");
}

}  // namespace podseek
