// Query-time synonyms from a hand-kept file (data/synonyms.json): groups of words and phrases
// that mean the same thing (h3 = HTTP/3, DoH = "DNS over HTTPS"). Applied when a query is
// built, so editing the file needs no re-index. Keys are compared after text analysis, so
// "HTTP/3", "http3" and "HTTP 3" are one key.
// Thread safety: immutable after loading; lookups from any thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace podseek {

class SynonymTable {
 public:
  SynonymTable() = default;
  explicit SynonymTable(const std::vector<std::vector<std::string>>& groups);

  // Reads {"synonyms": [["h3", "http/3"], ...]}. Throws InputError naming file and JSON path.
  static SynonymTable load_file(const std::string& path);

  // The other members of the group of `text` (as written in the file), or none.
  std::vector<std::string> alternatives(std::string_view text) const;

  // The analysed key of a text: its words' joined forms, space-separated.
  static std::string key_of(std::string_view text);

  std::size_t longest_key_words() const { return longest_; }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::map<std::string, std::size_t> group_of_key_;
  std::size_t longest_ = 1;
};

}  // namespace podseek
