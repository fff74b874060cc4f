// Phrase matching for topic tagging (see topic_tagger.hpp).
#include "common/topic_tagger.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/json_fields.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

// Every form under which a word can meet a one-word phrase: its joined form, parts and groups.
std::vector<std::string> word_forms(TextAnalyzer& analyzer, const AnalyzedWord& word) {
  std::vector<std::string> forms;
  if (!word.joined.empty()) forms.push_back(analyzer.stem(word.joined));
  if (word.is_compound()) {
    for (const auto& part : word.parts) forms.push_back(analyzer.stem(part));
    for (const auto& group : word.groups) forms.push_back(analyzer.stem(group.text));
  }
  return forms;
}

}  // namespace

TopicTagger::TopicTagger(std::vector<Topic> topics) : topics_(std::move(topics)) {
  for (std::size_t t = 0; t < topics_.size(); ++t) {
    for (const auto& phrase : topics_[t].phrases) add_patterns(t, phrase);
  }
}

void TopicTagger::add_patterns(std::size_t topic, const std::string& phrase) {
  TextAnalyzer& analyzer = thread_analyzer();
  Pattern joined{topic, {}}, spelled_out{topic, {}};
  bool has_compound = false;
  for (const auto& word : analyzer.analyze(phrase)) {
    joined.words.push_back(analyzer.stem(word.joined.empty() ? word.parts.back() : word.joined));
    for (const auto& part : word.parts) spelled_out.words.push_back(analyzer.stem(part));
    has_compound |= word.is_compound();
  }
  if (joined.words.empty()) return;
  auto add = [&](Pattern pattern) {
    patterns_by_first_word_[pattern.words.front()].push_back(patterns_.size());
    patterns_.push_back(std::move(pattern));
  };
  add(std::move(joined));
  if (has_compound) add(std::move(spelled_out));
}

TopicTagger TopicTagger::load_file(const std::string& path) {
  nlohmann::json root = parse_json_file(path);
  require_object(root, path, "$");
  if (!root.contains("topics")) throw_at(path, "$.topics", "is missing");
  require_array(root["topics"], path, "$.topics");
  std::vector<Topic> topics;
  for (std::size_t i = 0; i < root["topics"].size(); ++i) {
    const auto& entry = root["topics"][i];
    std::string where = "$.topics[" + std::to_string(i) + "]";
    require_object(entry, path, where);
    reject_unknown_keys(entry, {"name", "phrases"}, path, where);
    if (!entry.contains("name")) throw_at(path, where + ".name", "is missing");
    Topic topic{read_string(entry["name"], path, where + ".name"), {}};
    if (topic.name.empty()) throw_at(path, where + ".name", "must not be empty");
    if (!entry.contains("phrases")) throw_at(path, where + ".phrases", "is missing");
    topic.phrases = read_string_list(entry["phrases"], path, where + ".phrases");
    if (topic.phrases.empty()) throw_at(path, where + ".phrases", "must list at least one phrase");
    topics.push_back(std::move(topic));
  }
  return TopicTagger(std::move(topics));
}

std::vector<int> TopicTagger::count_mentions(std::string_view text) const {
  std::vector<int> counts(topics_.size(), 0);
  TextAnalyzer& analyzer = thread_analyzer();
  std::vector<AnalyzedWord> words = analyzer.analyze(text);
  std::vector<std::vector<std::string>> forms;
  forms.reserve(words.size());
  for (const auto& word : words) forms.push_back(word_forms(analyzer, word));
  auto matches = [&](std::size_t at, const std::string& stem) {
    return std::find(forms[at].begin(), forms[at].end(), stem) != forms[at].end();
  };
  // Only patterns whose first word is a form of the word at `start` can match there.
  std::vector<std::size_t> matched;
  for (std::size_t start = 0; start < words.size(); ++start) {
    matched.clear();
    for (const auto& form : forms[start]) {
      auto candidates = patterns_by_first_word_.find(form);
      if (candidates == patterns_by_first_word_.end()) continue;
      for (std::size_t index : candidates->second) {
        const Pattern& pattern = patterns_[index];
        if (start + pattern.words.size() > words.size()) continue;
        bool all = true;
        for (std::size_t k = 1; k < pattern.words.size() && all; ++k) all = matches(start + k, pattern.words[k]);
        if (all && std::find(matched.begin(), matched.end(), index) == matched.end()) matched.push_back(index);
      }
    }
    for (std::size_t index : matched) counts[patterns_[index].topic]++;
  }
  return counts;
}

std::vector<std::string> TopicTagger::tag(std::string_view text) const {
  std::vector<std::string> names;
  std::vector<int> counts = count_mentions(text);
  for (std::size_t t = 0; t < topics_.size(); ++t) {
    if (counts[t] > 0) names.push_back(topics_[t].name);
  }
  return names;
}

}  // namespace podseek
