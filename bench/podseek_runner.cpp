// podseek under test (see podseek_runner.hpp).
#include "bench/podseek_runner.hpp"

#include <stdexcept>

#include "indexer/index/index_writer.hpp"

namespace podseek::bench {

void index_with_podseek(const SyntheticCorpus& corpus, const std::string& db_path, const TopicTagger& tagger) {
  IndexWriter writer(db_path, tagger);
  for (const auto& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

PodseekRunner::PodseekRunner(const std::string& db_path, SynonymTable synonyms)
    : reader_(db_path), searcher_(reader_, std::move(synonyms)) {}

QueryOutcome PodseekRunner::run(const BenchQuery& query) {
  SearchRequest request;
  request.query = query.podseek_text();
  request.partial = query.partial;
  if (!query.guest.empty()) request.guests = {query.guest};
  Expected<SearchResponse> response = searcher_.search(request);
  if (!response.ok()) throw std::runtime_error("podseek: " + response.error().message);
  const SearchResponse& r = response.value();
  if (r.partial) throw std::runtime_error("podseek: a shard did not answer (" + (r.missing_shards.empty() ? std::string("?") : r.missing_shards.front()) + ")");
  QueryOutcome outcome;
  outcome.total = r.total;
  outcome.results = static_cast<int>(r.results.size());
  for (const auto& hit : r.results) outcome.chapter_hits += static_cast<int>(hit.chapters.size());
  outcome.facet_values = static_cast<int>(r.guest_facet.size() + r.topic_facet.size() + r.podcast_facet.size());
  return outcome;
}

}  // namespace podseek::bench
