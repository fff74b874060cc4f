// The contract between the indexer and the search side: every Xapian term prefix, value slot
// and metadata key podseek uses, and how a word becomes a term. No prefix string appears
// anywhere else. The table of them is in docs/index-schema.md.
// Thread safety: constants and pure functions.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace podseek::schema {

// What a document stands for. Episodes carry all of an episode's text and are what a search
// ranks and counts; chapters and transcript segments are searched within the episodes found.
inline constexpr std::string_view kKindEpisode = "episode";
inline constexpr std::string_view kKindChapter = "chapter";
inline constexpr std::string_view kKindSegment = "segment";

// Term prefixes.
inline constexpr std::string_view kIdPrefix = "Q";         // unique id of a document
inline constexpr std::string_view kEpisodePrefix = "XE";   // every document of one episode
inline constexpr std::string_view kKindPrefix = "XK";      // document kind
inline constexpr std::string_view kGuestPrefix = "XG";     // boolean filter: folded guest name
inline constexpr std::string_view kTopicPrefix = "XO";     // boolean filter: folded topic name
inline constexpr std::string_view kPodcastPrefix = "XP";   // boolean filter: folded podcast title
inline constexpr std::string_view kLanguagePrefix = "XL";  // boolean filter: language code ("en")
inline constexpr std::string_view kCategoryPrefix = "XY";  // boolean filter: folded category
inline constexpr std::string_view kSpeakerPrefix = "XR";   // transcript segments: folded speaker name
inline constexpr std::string_view kStemPrefix = "Z";       // stemmed form, before the field prefix
// Every document: the base code of the language its text was analysed in ("XZde"); a query
// stems with the languages of the documents it searches (analysis_language.hpp).
inline constexpr std::string_view kAnalysisLanguagePrefix = "XZ";
// Free-text fields searchable on their own (`title:`, `guest:`, `chapter:`, `topic:`);
// their words are indexed unprefixed too, so a plain query searches them all.
inline constexpr std::string_view kTitleField = "S";
inline constexpr std::string_view kGuestField = "A";
inline constexpr std::string_view kChapterField = "XC";
inline constexpr std::string_view kTopicField = "XT";

// The field prefix a query's `name:` refers to, or nullopt for an unknown name.
std::optional<std::string_view> field_prefix(std::string_view name);

// Value slots.
enum Slot : Xapian::valueno {
  kEpisodeIdSlot = 0,     // episode id, on every document (the collapse key)
  kNumberSlot = 1,        // sortable_serialise(episode number), episodes only
  kPublishedSlot = 2,     // ISO 8601 date, episodes only
  kStartSlot = 3,         // sortable_serialise(start seconds), chapters and segments
  kGuestsSlot = 4,        // guest display names, joined by kListSeparator
  kTopicsSlot = 5,        // topic names, joined by kListSeparator
  kPodcastSlot = 6,       // podcast title
  kContentHashSlot = 7,   // hash of what was indexed, to skip unchanged episodes
  kTitleSlot = 8,         // episode title, for lists that need no stored episode
  kDurationSlot = 9,      // sortable_serialise(duration seconds), episodes whose feed says it
  kLanguageSlot = 10,     // language code (language_code.hpp), episodes only
  kCategoriesSlot = 11,   // category names ("A" and "A > B"), joined by kListSeparator
  kDateOrderSlot = 12,    // date_order_key(): published, number, id in one value, episodes only
  kDurationOrderSlot = 13,  // duration_order_key(): duration, id in one value, episodes only
  kFacetRowSlot = 14,     // facet_row(): every facet value of the episode in one value, episodes only
};

// One value that orders episodes by published date, then episode number, then id, as
// Xapian's MultiValueKeyMaker would (each part with '\0' escaped, then "\0\0"): sorting on a
// single value is what the remote backend supports (it cannot run a KeyMaker), and the id
// makes the order total, so shards and one index agree.
std::string date_order_key(const std::string& published, const std::string& number_value, const std::string& id);
// The same for sort=duration: the duration value (kDurationSlot's, "" when unknown, which sorts
// below every length), then the id, so that equal lengths are ordered by episode id everywhere.
std::string duration_order_key(const std::string& duration_value, const std::string& id);
inline constexpr char kListSeparator = '\x1f';

// Facet slots. A list-valued facet (guests, topics, categories) also keeps each of an episode's values in a
// slot of its own, in a bounded run of slots starting at its first slot, so that Xapian's
// built-in ValueCountMatchSpy, which the remote backend (xapian-tcpsrv) can run, counts it
// exactly: one spy per slot, counts summed. An episode with more values than the run holds is
// counted for its first kMaxFacetValuesPerEpisode values only (the indexer warns); its filter
// terms still hold them all.
inline constexpr std::size_t kMaxFacetValuesPerEpisode = 24;
inline constexpr Xapian::valueno kGuestFacetFirstSlot = 100;  // 100..123
inline constexpr Xapian::valueno kTopicFacetFirstSlot = 130;  // 130..153
inline constexpr Xapian::valueno kCategoryFacetFirstSlot = 160;  // 160..183

// The facets of an episode in the order of its facet row: guests, topics, podcast, language,
// categories, each a run of slots (a single slot for podcast and language).
struct FacetRun {
  Xapian::valueno first_slot;
  std::size_t slots;
};
inline constexpr std::array<FacetRun, 5> kFacetRuns = {{{kGuestFacetFirstSlot, kMaxFacetValuesPerEpisode},
                                                        {kTopicFacetFirstSlot, kMaxFacetValuesPerEpisode},
                                                        {kPodcastSlot, 1},
                                                        {kLanguageSlot, 1},
                                                        {kCategoryFacetFirstSlot, kMaxFacetValuesPerEpisode}}};
static_assert(kMaxFacetValuesPerEpisode < 256, "a facet row counts a run's values in one byte");

// The facet row (kFacetRowSlot) of a document whose facet slots are set: the values of every run of
// kFacetRuns in one value, so that a local search reads one value per match instead of one per slot.
// For each run in order: the number of its values (one byte, at most kMaxFacetValuesPerEpisode),
// then each value as its length (LEB128) and its bytes; a run's values are its slots' up to the
// first empty one, in slot order. A pure function of the slots: the two can never disagree.
std::string facet_row(const Xapian::Document& doc);

// Calls visit(run, value) for each value of a facet row, run being an index into kFacetRuns.
// Returns false, having visited what came before, for a row that is cut short or too long.
template <class Visit>
bool visit_facet_row(std::string_view row, Visit&& visit) {
  std::size_t at = 0;
  for (std::size_t run = 0; run < kFacetRuns.size(); ++run) {
    if (at >= row.size()) return false;
    const std::size_t values = static_cast<unsigned char>(row[at++]);
    for (std::size_t v = 0; v < values; ++v) {
      std::size_t length = 0;
      for (unsigned shift = 0;; shift += 7) {
        if (at >= row.size() || shift > 28) return false;
        const auto byte = static_cast<unsigned char>(row[at++]);
        length |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) break;
      }
      if (length > row.size() - at) return false;
      visit(run, row.substr(at, length));
      at += length;
    }
  }
  return at == row.size();
}

std::string join_list(const std::vector<std::string>& values);
std::vector<std::string> split_list(const std::string& joined);

// Metadata keys.
inline constexpr std::string_view kPodcastMetadataPrefix = "podcast:";  // + podcast title -> JSON
inline constexpr std::string_view kTopicsMetadataKey = "topics";        // JSON list of topic names
// + podcast title -> JSON {url, etag, last_modified}: where the feed is fetched from (feed_state.hpp)
inline constexpr std::string_view kFeedMetadataPrefix = "feed:";
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
// Unix seconds (decimal) of the indexer's last commit; the server reports it in /metrics.
inline constexpr std::string_view kCommittedAtKey = "committed_at";
// 4: stems in each podcast's language; 5: facet slots, date order; 6: duration order;
// 7: facet row, speaker terms on transcript segments
inline constexpr std::string_view kSchemaVersion = "7";

// The terms for ids, kinds and boolean filters.
std::string id_term(std::string_view document_id);
std::string episode_term(std::string_view episode_id);
std::string kind_term(std::string_view kind);
std::string guest_term(std::string_view folded_name);
std::string topic_term(std::string_view folded_name);
std::string podcast_term(std::string_view folded_title);
std::string language_term(std::string_view language_code);
std::string category_term(std::string_view folded_category);
std::string speaker_term(std::string_view folded_name);
std::string analysis_language_term(std::string_view language_code);

// A free-text term: the field prefix (maybe empty) and the folded word.
std::string word_term(std::string_view field, std::string_view word);
// The stemmed term of a folded word by a Xapian stemmer ("english", "german"), or nullopt for
// words that get none (numbers, one letter) and for stemmer "" (a language without one).
std::optional<std::string> stem_term(std::string_view field, const std::string& word,
                                     std::string_view stemmer = "english");

// Document ids of an episode's parts, under the episode's id.
std::string chapter_document_id(std::string_view episode_id, std::size_t index);
std::string segment_document_id(std::string_view episode_id, std::size_t index);

}  // namespace podseek::schema
