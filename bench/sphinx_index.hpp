// Sphinx 2.2 (Debian's sphinxsearch), the second baseline: the same synthetic corpus written as
// xmlpipe2 documents (libxml2's writer) into two plain indexes built by Sphinx's own `indexer`:
// `episodes` (fields title, guests, chapters, description, notes; attributes podcast, guests and
// topics as ids for FACET, published, number, the stored episode JSON) and `chapters` (one
// document per chapter title, with its episode's id). Everything lives in one directory:
// sphinx.conf, source/ (the xml, removed after indexing), index/ (what is measured), searchd's
// log and pid file.
// Thread safety: pure functions and plain values; indexing forks `indexer`.
#pragma once

#include <map>
#include <string>

#include "bench/corpus_generator.hpp"
#include "common/topic_tagger.hpp"

namespace podseek::bench {

// True when both `indexer` and `searchd` are on the PATH.
bool sphinx_available();
// searchd's first line of --help, e.g. "Sphinx 2.2.11-id64-release (95ae9a6)"; "" when absent.
std::string sphinx_version();

// The integer ids Sphinx's attributes hold: guests by sorted name (1, 2 …). The same corpus
// always gives the same ids, so the indexing child and the querying parent agree.
struct SphinxIds {
  explicit SphinxIds(const SyntheticCorpus& corpus);
  std::map<std::string, unsigned> guests;
  unsigned guest_id(const std::string& name) const;  // 0 when unknown
};

// sphinx.conf of a bench directory: both indexes, searchd listening (SphinxQL only) on
// 127.0.0.1:port, no binlog. Overwrites the file; returns its path.
std::string write_sphinx_config(const std::string& dir, int port);

// The index files' directory (what the bench measures on disk).
std::string sphinx_index_dir(const std::string& dir);

// Writes the xmlpipe2 sources and runs `indexer --all` on them (waiting for it), then removes
// the sources. Throws std::runtime_error when indexer fails, with the end of its output.
void index_with_sphinx(const SyntheticCorpus& corpus, const std::string& dir, const TopicTagger& tagger);

}  // namespace podseek::bench
