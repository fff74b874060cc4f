// Makes the deep link of a moment in an episode from its podcast's template, as stored in the
// index by the indexer or as overridden when the index is served (--deep-link).
// Thread safety: one DeepLinker per request (it caches podcast metadata it has read).
#pragma once

#include <map>
#include <string>

#include <xapian.h>

#include "common/episode.hpp"

namespace podseek {

class DeepLinker {
 public:
  DeepLinker(const Xapian::Database& db, std::string override_template)
      : db_(db), override_(std::move(override_template)) {}

  std::string link(const std::string& podcast, const Episode& episode, int seconds);

 private:
  const std::string& template_of(const std::string& podcast);

  const Xapian::Database& db_;
  std::string override_;
  std::map<std::string, std::string> templates_;
};

}  // namespace podseek
