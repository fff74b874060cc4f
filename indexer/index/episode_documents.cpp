// Document building for one episode (see episode_documents.hpp).
#include "indexer/index/episode_documents.hpp"

#include <algorithm>

#include "common/analysis_language.hpp"
#include "common/fingerprint.hpp"
#include "common/index_schema.hpp"
#include "common/language_code.hpp"
#include "common/stored_episode.hpp"
#include "common/text_analyzer.hpp"
#include "indexer/index/term_writer.hpp"

namespace podseek {
namespace {

// How much a word counts, by where it stands.
constexpr unsigned kTitleWeight = 6;
constexpr unsigned kGuestWeight = 6;
constexpr unsigned kChapterWeight = 3;
constexpr unsigned kBodyWeight = 1;
constexpr int kTopicThreshold = 2;

// What every document of one episode shares: its podcast and the language it is analysed in.
struct EpisodeContext {
  std::string episode_id;
  std::string podcast_term;
  std::string language;  // base code, "de"
  std::string stemmer;   // Xapian stemmer name, "" for none
};

void add_common_terms(Xapian::Document& doc, std::string_view kind, const std::string& document_id,
                      const EpisodeContext& context) {
  const std::string& episode_id = context.episode_id;
  doc.add_boolean_term(schema::analysis_language_term(context.language));
  doc.add_boolean_term(schema::id_term(document_id));
  doc.add_boolean_term(schema::episode_term(episode_id));
  doc.add_boolean_term(schema::kind_term(kind));
  doc.add_boolean_term(context.podcast_term);
  doc.add_value(schema::kEpisodeIdSlot, episode_id);
}

Xapian::Document chapter_document(const Chapter& chapter, std::size_t index, const EpisodeContext& context) {
  Xapian::Document doc;
  add_common_terms(doc, schema::kKindChapter, schema::chapter_document_id(context.episode_id, index), context);
  TermWriter terms(doc, context.stemmer);
  terms.add_text(chapter.title, schema::kChapterField, 1);
  doc.add_value(schema::kStartSlot, Xapian::sortable_serialise(chapter.start_seconds));
  doc.set_data(std::to_string(index));
  return doc;
}

Xapian::Document segment_document(const TranscriptSegment& segment, std::size_t index,
                                  const EpisodeContext& context) {
  Xapian::Document doc;
  add_common_terms(doc, schema::kKindSegment, schema::segment_document_id(context.episode_id, index), context);
  TermWriter terms(doc, context.stemmer);
  terms.add_text(segment.text, "", 1);
  // Who speaks, so that a guest's page finds the passages they say without reading the others.
  if (!segment.speaker.empty()) doc.add_boolean_term(schema::speaker_term(thread_analyzer().fold(segment.speaker)));
  doc.add_value(schema::kStartSlot, Xapian::sortable_serialise(segment.start_seconds));
  doc.set_data(encode_stored_segment(segment));
  return doc;
}

void add_episode_text(TermWriter& terms, const Episode& episode, const std::vector<std::string>& topics) {
  terms.add_text(episode.title, schema::kTitleField, kTitleWeight);
  for (const auto& guest : episode.guests) terms.add_text(guest, schema::kGuestField, kGuestWeight);
  for (const auto& host : episode.hosts) terms.add_text(host, "", kBodyWeight);
  for (const auto& chapter : episode.chapters) terms.add_text(chapter.title, schema::kChapterField, kChapterWeight);
  terms.add_text(episode.description, "", kBodyWeight);
  for (const auto& link : episode.links) {
    terms.add_text(link.label, "", kBodyWeight);
    terms.add_url(link.url, kBodyWeight);
  }
  // Topics are derived from the text above: searchable as topic: only, never counted twice.
  for (const auto& topic : topics) terms.add_text(topic, schema::kTopicField, kBodyWeight, TermWriter::Scope::kFieldOnly);
  // A word said only in the transcript must find the episode too: only episode documents are ranked.
  for (const auto& segment : episode.transcript) terms.add_text(segment.text, "", kBodyWeight);
}

// One value per slot from first_slot on (schema::kMaxFacetValuesPerEpisode at most, each distinct
// value once), for the facet counts; a warning names what did not fit.
void add_facet_slots(Xapian::Document& doc, Xapian::valueno first_slot, const std::vector<std::string>& values,
                     const char* facet, const std::string& episode_id, std::vector<std::string>& warnings) {
  std::vector<std::string> distinct;
  for (const auto& value : values) {
    if (!value.empty() && std::find(distinct.begin(), distinct.end(), value) == distinct.end()) distinct.push_back(value);
  }
  const std::size_t kept = std::min(distinct.size(), schema::kMaxFacetValuesPerEpisode);
  for (std::size_t i = 0; i < kept; ++i) doc.add_value(first_slot + static_cast<Xapian::valueno>(i), distinct[i]);
  if (kept < distinct.size()) {
    warnings.push_back("episode " + episode_id + ": " + std::to_string(distinct.size()) + " " + facet +
                       " values; only the first " + std::to_string(kept) + " are counted in the " + facet +
                       " facet (the limit per episode), all of them can be filtered on");
  }
}

// The filters and facets of what the feed says about an episode: its (else its podcast's) language,
// normalised, or the default; its categories; its duration.
void add_listing_filters(Xapian::Document& doc, const Podcast& podcast, const Episode& episode) {
  const Listing& own = episode.listing;
  const std::string language = episode_language(podcast, episode);
  doc.add_boolean_term(schema::language_term(language));
  doc.add_value(schema::kLanguageSlot, language);
  const std::vector<std::string>& categories = own.categories.empty() ? podcast.listing.categories : own.categories;
  for (const auto& category : categories) {
    doc.add_boolean_term(schema::category_term(thread_analyzer().fold(category)));
  }
  doc.add_value(schema::kCategoriesSlot, schema::join_list(categories));
  if (episode.duration_seconds && *episode.duration_seconds >= 0) {
    doc.add_value(schema::kDurationSlot, Xapian::sortable_serialise(*episode.duration_seconds));
  }
}

}  // namespace

std::vector<std::string> episode_topics(const Episode& episode, const TopicTagger& tagger) {
  std::vector<int> score(tagger.topics().size(), 0);
  auto add = [&](const std::string& text, int weight) {
    std::vector<int> counts = tagger.count_mentions(text);
    for (std::size_t t = 0; t < counts.size(); ++t) score[t] += counts[t] * weight;
  };
  add(episode.title, kTopicThreshold);
  for (const auto& chapter : episode.chapters) add(chapter.title, kTopicThreshold);
  add(episode.description, 1);
  for (const auto& link : episode.links) add(link.label, 1);
  std::vector<std::string> names;
  for (std::size_t t = 0; t < score.size(); ++t) {
    if (score[t] >= kTopicThreshold) names.push_back(tagger.topics()[t].name);
  }
  return names;
}

std::string episode_language(const Podcast& podcast, const Episode& episode) {
  return analysis_language(episode.listing.language.empty() ? podcast.listing.language : episode.listing.language);
}

std::optional<std::string> language_warning(const Podcast& podcast) {
  const std::string& tag = podcast.listing.language;
  if (!tag.empty() && normalize_language_code(tag).empty()) {
    return "podcast \"" + podcast.title + "\": language \"" + tag + "\" is not a language tag; analysed as \"" +
           std::string(kDefaultLanguage) + "\"";
  }
  const std::string code = analysis_language(tag);
  if (!stemmer_name(code).empty()) return std::nullopt;
  return "podcast \"" + podcast.title + "\": language \"" + code +
         "\" has no stemmer in Xapian; its words are indexed unstemmed (exact forms only)";
}

EpisodeDocuments build_episode_documents(const Podcast& podcast, const Episode& episode,
                                         const TopicTagger& tagger) {
  TextAnalyzer& analyzer = thread_analyzer();
  EpisodeDocuments out;
  out.episode_id = episode_id(podcast, episode);
  out.topics = episode_topics(episode, tagger);
  const std::string language = episode_language(podcast, episode);
  const EpisodeContext context{out.episode_id, schema::podcast_term(analyzer.fold(podcast.title)), language,
                               stemmer_name(language)};

  Xapian::Document& doc = out.episode;
  add_common_terms(doc, schema::kKindEpisode, out.episode_id, context);
  for (const auto& guest : episode.guests) doc.add_boolean_term(schema::guest_term(analyzer.fold(guest)));
  for (const auto& topic : out.topics) doc.add_boolean_term(schema::topic_term(analyzer.fold(topic)));
  TermWriter terms(doc, context.stemmer);
  add_episode_text(terms, episode, out.topics);
  out.spelling_words = terms.spelling_words();

  if (episode.number) doc.add_value(schema::kNumberSlot, Xapian::sortable_serialise(*episode.number));
  doc.add_value(schema::kPublishedSlot, episode.published);
  doc.add_value(schema::kDateOrderSlot, schema::date_order_key(episode.published, doc.get_value(schema::kNumberSlot),
                                                               out.episode_id));
  doc.add_value(schema::kGuestsSlot, schema::join_list(episode.guests));
  doc.add_value(schema::kTopicsSlot, schema::join_list(out.topics));
  add_facet_slots(doc, schema::kGuestFacetFirstSlot, episode.guests, "guest", out.episode_id, out.warnings);
  add_facet_slots(doc, schema::kTopicFacetFirstSlot, out.topics, "topic", out.episode_id, out.warnings);
  const auto& categories = episode.listing.categories.empty() ? podcast.listing.categories : episode.listing.categories;
  add_facet_slots(doc, schema::kCategoryFacetFirstSlot, categories, "category", out.episode_id, out.warnings);
  doc.add_value(schema::kPodcastSlot, podcast.title);
  doc.add_value(schema::kTitleSlot, episode.title);
  add_listing_filters(doc, podcast, episode);
  doc.add_value(schema::kDurationOrderSlot, schema::duration_order_key(doc.get_value(schema::kDurationSlot), out.episode_id));
  doc.add_value(schema::kFacetRowSlot, schema::facet_row(doc));  // after every facet slot: it copies them

  StoredEpisode stored{out.episode_id, podcast.title, episode, out.topics};
  stored.episode.transcript.clear();
  std::string data = encode_stored_episode(stored);
  doc.set_data(data);

  std::string hashed = data;
  for (std::size_t i = 0; i < episode.chapters.size(); ++i) {
    out.chapters.push_back(chapter_document(episode.chapters[i], i, context));
  }
  for (std::size_t i = 0; i < episode.transcript.size(); ++i) {
    out.segments.push_back(segment_document(episode.transcript[i], i, context));
    hashed += out.segments.back().get_data();
  }
  out.content_hash = fingerprint(hashed + schema::kSchemaVersion.data() + language);
  doc.add_value(schema::kContentHashSlot, out.content_hash);
  return out;
}

}  // namespace podseek
