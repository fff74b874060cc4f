// Loading and looking up synonym groups (see synonym_table.hpp).
#include "search-server/core/synonym_table.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/json_fields.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {

namespace {

// A member's key spelled out: compounds as their parts ("http/3" -> "http 3").
std::string spelled_out_key(std::string_view text) {
  std::string key;
  for (const AnalyzedWord& word : thread_analyzer().analyze(text)) {
    for (const auto& part : word.parts) key += (key.empty() ? "" : " ") + part;
  }
  return key;
}

}  // namespace

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
      for (const std::string& key : {key_of(member), spelled_out_key(member)}) {
        if (key.empty()) continue;
        group_of_key_[key] = g;
        longest_ = std::max<std::size_t>(longest_, std::count(key.begin(), key.end(), ' ') + 1);
      }
    }
  }
}

SynonymTable SynonymTable::load_file(const std::string& path) {
  nlohmann::json root = parse_json_file(path);
  require_object(root, path, "$");
  if (!root.contains("synonyms")) throw_at(path, "$.synonyms", "is missing");
  require_array(root["synonyms"], path, "$.synonyms");
  std::vector<std::vector<std::string>> groups;
  for (std::size_t g = 0; g < root["synonyms"].size(); ++g) {
    std::string where = "$.synonyms[" + std::to_string(g) + "]";
    std::vector<std::string> members = read_string_list(root["synonyms"][g], path, where);
    if (members.size() < 2) throw_at(path, where, "must list at least two words or phrases");
    for (std::size_t m = 0; m < members.size(); ++m) {
      if (key_of(members[m]).empty()) throw_at(path, where + "[" + std::to_string(m) + "]", "has no words");
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
    if (key_of(member) != key && spelled_out_key(member) != key) out.push_back(member);
  }
  return out;
}

}  // namespace podseek
