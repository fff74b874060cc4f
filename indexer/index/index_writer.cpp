// The transactional index update, or a new index built in bulk (see index_writer.hpp).
#include "indexer/index/index_writer.hpp"

#include <chrono>

#include "common/listing_json.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <nlohmann/json.hpp>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "indexer/index/document_pipeline.hpp"
#include "indexer/index/episode_documents.hpp"

namespace podseek {
namespace {

// Xapian buffers postings in memory and writes them out every so many documents (10,000 by
// default). Its buffers are ordered maps, so smaller batches are cheaper to fill: measured on
// 1,000 synthetic episodes (16,000 documents), 2,000 indexed ~20% faster than 10,000 and
// peaked at 80 MB instead of 130 MB; on 3,000 (48,000 documents, a bulk build), CPU seconds
// 250: 16.1, 500: 14.7, 1,000: 14.1, 2,000: 15.0, 4,000: 15.8, 10,000: 17.0, peak RSS
// 88 MB at 1,000 against 98 at 2,000 (one run each, busy machine). A value the user sets in
// the environment wins.
constexpr const char* kFlushThreshold = "1000";

WritableShards open_for_writing(const std::string& db_path, unsigned shards) {
  setenv("XAPIAN_FLUSH_THRESHOLD", kFlushThreshold, /*overwrite=*/0);
  return WritableShards::open(db_path, shards);
}

// The content hash of the indexed episode with this id, or "" when it is not indexed.
std::string indexed_hash(Xapian::Database& db, const std::string& episode_id) {
  std::string term = schema::id_term(episode_id);
  Xapian::PostingIterator it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return "";
  return db.get_document(*it).get_value(schema::kContentHashSlot);
}

void replace_episode(Xapian::WritableDatabase& db, const EpisodeDocuments& docs) {
  db.delete_document(schema::episode_term(docs.episode_id));
  db.add_document(docs.episode);
  for (const auto& chapter : docs.chapters) db.add_document(chapter);
  for (const auto& segment : docs.segments) db.add_document(segment);
}

}  // namespace

IndexWriter::IndexWriter(const std::string& db_path, TopicTagger tagger, unsigned shards, int bulk_batch_episodes)
    : bulk_(BulkBuild::start(db_path)),
      bulk_batch_episodes_(std::max(1, bulk_batch_episodes)),
      shards_(open_for_writing(bulk_ ? bulk_->path() : db_path, shards)),
      tagger_(std::move(tagger)) {
  if (!bulk_) shards_.begin_transaction();
  in_transaction_ = true;
}

IndexWriter::~IndexWriter() {
  if (!in_transaction_) return;
  try {
    if (bulk_) {
      shards_.close();  // then bulk_ removes the private build
    } else {
      shards_.cancel_transaction();
    }
  } catch (const Xapian::Error&) {
    // Nothing was committed; the previous index stands.
  }
}

IndexReport IndexWriter::add_podcast(const Podcast& podcast, bool prune, const IndexProgress& progress) {
  IndexReport report;
  if (auto warning = language_warning(podcast)) report.warnings.push_back(*warning);
  std::vector<std::string> ids;
  DocumentPipeline pipeline(podcast.episodes, [&](const Episode& episode) {
    return build_episode_documents(podcast, episode, tagger_);
  });
  while (std::optional<EpisodeDocuments> next = pipeline.next()) {
    const EpisodeDocuments& docs = *next;
    ids.push_back(docs.episode_id);
    Xapian::WritableDatabase& shard = shards_.shard_for(docs.episode_id);
    std::string previous = indexed_hash(shard, docs.episode_id);
    if (previous == docs.content_hash) {
      report.unchanged++;
    } else {
      (previous.empty() ? report.added : report.updated)++;
      replace_episode(shard, docs);
      report.warnings.insert(report.warnings.end(), docs.warnings.begin(), docs.warnings.end());
      count_spelling_words(docs);
      episode_written();
    }
    if (progress) progress(ids.size(), podcast.episodes.size());
  }
  if (prune) report.removed = prune_missing(podcast, ids);
  write_podcast_metadata(podcast);
  return report;
}

int IndexWriter::prune_missing(const Podcast& podcast, const std::vector<std::string>& kept_ids) {
  Xapian::Query mine(Xapian::Query::OP_AND, Xapian::Query(schema::kind_term(schema::kKindEpisode)),
                     Xapian::Query(schema::podcast_term(thread_analyzer().fold(podcast.title))));
  int removed = 0;
  for (Xapian::WritableDatabase& shard : shards_.shards()) {
    Xapian::Enquire enquire(shard);
    enquire.set_query(mine);
    Xapian::MSet all = enquire.get_mset(0, shard.get_doccount());
    std::vector<std::string> gone;
    for (auto it = all.begin(); it != all.end(); ++it) {
      std::string id = it.get_document().get_value(schema::kEpisodeIdSlot);
      if (std::find(kept_ids.begin(), kept_ids.end(), id) == kept_ids.end()) gone.push_back(id);
    }
    for (const auto& id : gone) shard.delete_document(schema::episode_term(id));
    removed += static_cast<int>(gone.size());
  }
  return removed;
}

void IndexWriter::write_podcast_metadata(const Podcast& podcast) {
  nlohmann::json info = {{"title", podcast.title},
                         {"url", podcast.url},
                         {"description", podcast.description},
                         {"deep_link_template", podcast.deep_link_template}};
  podcast_listing_to_json(podcast, info);  // language, categories, keywords, explicit, image_url, guid, feed_url
  Xapian::WritableDatabase& dictionary = shards_.dictionary();
  dictionary.set_metadata(std::string(schema::kPodcastMetadataPrefix) + podcast.title, info.dump());
  nlohmann::json topic_names = nlohmann::json::array();
  for (const auto& topic : tagger_.topics()) topic_names.push_back(topic.name);
  dictionary.set_metadata(std::string(schema::kTopicsMetadataKey), topic_names.dump());
  dictionary.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
}

void IndexWriter::count_spelling_words(const EpisodeDocuments& docs) {
  for (const auto& word : docs.spelling_words) spelling_counts_[word]++;
}

void IndexWriter::flush_spelling_words() {
  for (const auto& [word, count] : spelling_counts_) shards_.dictionary().add_spelling(word, count);
  spelling_counts_.clear();
}

void IndexWriter::episode_written() {
  if (!bulk_ || ++batch_episodes_ < bulk_batch_episodes_) return;
  flush_spelling_words();
  shards_.commit();  // the private build: nobody reads it
  batch_episodes_ = 0;
}

void IndexWriter::commit() {
  flush_spelling_words();
  auto now = std::chrono::system_clock::now().time_since_epoch();
  shards_.dictionary().set_metadata(std::string(schema::kCommittedAtKey),
                                    std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
  if (bulk_) {
    shards_.commit();
    shards_.close();
    bulk_->finish();
  } else {
    shards_.commit_transaction();
  }
  in_transaction_ = false;
}

}  // namespace podseek
