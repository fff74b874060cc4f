// Topics for browsing: a hand-kept list (data/topics.json), each topic with the words and
// phrases that tag an episode or chapter with it. Tagging happens at index time, with the
// same analysis as search, so "HTTP/3", "http3" and "HTTP 3" all tag "QUIC & HTTP/3".
// Thread safety: a loaded TopicTagger is immutable; tag() may be called from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace podseek {

struct Topic {
  std::string name;                  // as shown to listeners: "QUIC & HTTP/3"
  std::vector<std::string> phrases;  // as written in topics.json: "quic", "http/3", "happy eyeballs"
};

class TopicTagger {
 public:
  TopicTagger() = default;
  explicit TopicTagger(std::vector<Topic> topics);

  // Reads a topics file: {"topics": [{"name": "...", "phrases": ["..."]}]}.
  // Throws InputError naming the file and JSON path of a problem.
  static TopicTagger load_file(const std::string& path);

  // Counts, per topic (in file order), how many times any of its phrases occurs in the text.
  std::vector<int> count_mentions(std::string_view text) const;

  // The names of the topics whose phrases occur in the text, in file order.
  std::vector<std::string> tag(std::string_view text) const;

  const std::vector<Topic>& topics() const { return topics_; }

 private:
  // A phrase as a sequence of stemmed words; a phrase with compound words ("http/3") has a
  // second pattern with the compounds spelled as their parts ("http 3").
  struct Pattern {
    std::size_t topic;
    std::vector<std::string> words;
  };
  void add_patterns(std::size_t topic, const std::string& phrase);
  std::vector<Topic> topics_;
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<std::size_t>> patterns_by_first_word_;
};

}  // namespace podseek
