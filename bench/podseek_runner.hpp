// podseek under test: indexing a synthetic corpus with the real IndexWriter, and running
// queries through the real Searcher (exact facet counts, chapter hits, snippets, spelling).
// Thread safety: a PodseekRunner is used by one thread.
#pragma once

#include <memory>
#include <string>

#include "bench/corpus_generator.hpp"
#include "bench/engine.hpp"
#include "bench/query_mix.hpp"
#include "common/topic_tagger.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/searcher.hpp"

namespace podseek::bench {

// Indexes every podcast into a new database at db_path in one IndexWriter update.
void index_with_podseek(const SyntheticCorpus& corpus, const std::string& db_path, const TopicTagger& tagger);

class PodseekRunner {
 public:
  PodseekRunner(const std::string& db_path, SynonymTable synonyms);
  // Throws std::runtime_error when the search fails or a shard did not answer (a partial answer).
  QueryOutcome run(const BenchQuery& query);

 private:
  IndexReader reader_;
  Searcher searcher_;
};

}  // namespace podseek::bench
