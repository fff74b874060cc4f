// Loading and looking up synonym groups (see synonym_table.hpp).
#include "search-server/synonym_table.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/status.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {

std::string SynonymTable::key_of(std::string_view text) {
  std::string key;
  for (const AnalyzedWord& word : thread_analyzer().analyze(text)) {
    if (!key.empty()) key += ' ';
    key += word.joined.empty() ? word.parts.back() : word.joined;
  }
  return key;
}

SynonymTable::SynonymTable(const std::vector<std::vector<std::string>>& groups) : groups_(groups) {
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    for (const auto& member : groups_[g]) {
      std::string key = key_of(member);
      if (key.empty()) continue;
      group_of_key_[key] = g;
      longest_ = std::max<std::size_t>(longest_, std::count(key.begin(), key.end(), ' ') + 1);
    }
  }
}

SynonymTable SynonymTable::load_file(const std::string& path) {
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
  if (!root.is_object() || !root.contains("synonyms") || !root["synonyms"].is_array()) {
    throw InputError(path + ": $.synonyms: must be an array of groups");
  }
  std::vector<std::vector<std::string>> groups;
  for (std::size_t g = 0; g < root["synonyms"].size(); ++g) {
    const auto& group = root["synonyms"][g];
    std::string where = path + ": $.synonyms[" + std::to_string(g) + "]";
    if (!group.is_array() || group.size() < 2) throw InputError(where + ": must list at least two words or phrases");
    std::vector<std::string> members;
    for (std::size_t m = 0; m < group.size(); ++m) {
      if (!group[m].is_string() || key_of(group[m].get<std::string>()).empty()) {
        throw InputError(where + "[" + std::to_string(m) + "]: must be a word or phrase");
      }
      members.push_back(group[m].get<std::string>());
    }
    groups.push_back(std::move(members));
  }
  return SynonymTable(groups);
}

std::vector<std::string> SynonymTable::alternatives(std::string_view text) const {
  std::string key = key_of(text);
  auto it = group_of_key_.find(key);
  if (it == group_of_key_.end()) return {};
  std::vector<std::string> out;
  for (const auto& member : groups_[it->second]) {
    if (key_of(member) != key) out.push_back(member);
  }
  return out;
}

}  // namespace podseek
