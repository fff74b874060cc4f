// Turns one episode into its index documents: the episode document (all its text, ranked and
// counted by a search), one document per chapter and one per transcript segment (searched
// within the episodes a query finds, for deep links).
// Thread safety: pure function of its inputs; uses the calling thread's analyser.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/episode.hpp"
#include "common/topic_tagger.hpp"

namespace podseek {

struct EpisodeDocuments {
  std::string episode_id;
  std::string content_hash;                  // changes whenever anything indexed changes
  Xapian::Document episode;
  std::vector<Xapian::Document> chapters;
  std::vector<Xapian::Document> segments;
  std::vector<std::string> topics;
  std::set<std::string> spelling_words;
};

EpisodeDocuments build_episode_documents(const Podcast& podcast, const Episode& episode,
                                         const TopicTagger& tagger);

// The base code of the language an episode is analysed in: its own listing language, else its
// podcast's, else the default ("en"); see analysis_language.hpp.
std::string episode_language(const Podcast& podcast, const Episode& episode);

// What the indexer should tell about a podcast's language: a tag that is not a language tag,
// or a language Xapian has no stemmer for (named, with the podcast); nullopt when all is well.
std::optional<std::string> language_warning(const Podcast& podcast);

// The topics of an episode: a topic mentioned in the title or a chapter title, or at least
// twice in the description and show notes.
std::vector<std::string> episode_topics(const Episode& episode, const TopicTagger& tagger);

}  // namespace podseek
