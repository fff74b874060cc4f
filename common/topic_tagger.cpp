// Phrase matching for topic tagging (see topic_tagger.hpp).
#include "common/topic_tagger.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/status.hpp"
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
  TextAnalyzer& analyzer = thread_analyzer();
  for (std::size_t t = 0; t < topics_.size(); ++t) {
    for (const auto& phrase : topics_[t].phrases) {
      Pattern pattern{t, {}};
      for (const auto& word : analyzer.analyze(phrase)) {
        pattern.words.push_back(analyzer.stem(word.joined.empty() ? word.parts.back() : word.joined));
      }
      if (!pattern.words.empty()) patterns_.push_back(std::move(pattern));
    }
  }
}

TopicTagger TopicTagger::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(buffer.str());
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(path + ": not valid JSON: " + e.what());
  }
  if (!root.is_object() || !root.contains("topics") || !root["topics"].is_array()) {
    throw InputError(path + ": $.topics: must be an array of topics");
  }
  std::vector<Topic> topics;
  for (std::size_t i = 0; i < root["topics"].size(); ++i) {
    const auto& entry = root["topics"][i];
    std::string where = path + ": $.topics[" + std::to_string(i) + "]";
    if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() ||
        entry["name"].get<std::string>().empty()) {
      throw InputError(where + ".name: must be a non-empty string");
    }
    if (!entry.contains("phrases") || !entry["phrases"].is_array() || entry["phrases"].empty()) {
      throw InputError(where + ".phrases: must be a non-empty array of strings");
    }
    Topic topic{entry["name"].get<std::string>(), {}};
    for (std::size_t p = 0; p < entry["phrases"].size(); ++p) {
      if (!entry["phrases"][p].is_string()) {
        throw InputError(where + ".phrases[" + std::to_string(p) + "]: must be a string");
      }
      topic.phrases.push_back(entry["phrases"][p].get<std::string>());
    }
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
    for (const auto& form : forms[at]) {
      if (form == stem) return true;
    }
    return false;
  };
  for (const Pattern& pattern : patterns_) {
    for (std::size_t start = 0; start + pattern.words.size() <= words.size(); ++start) {
      bool all = true;
      for (std::size_t k = 0; k < pattern.words.size() && all; ++k) all = matches(start + k, pattern.words[k]);
      if (all) counts[pattern.topic]++;
    }
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
