// Choosing the languages a query is stemmed with (see query_languages.hpp).
#include "search-server/core/query_languages.hpp"

#include <algorithm>
#include <utility>

#include "common/analysis_language.hpp"
#include "common/index_schema.hpp"

namespace podseek {

std::optional<Error> check_query_language(const std::string& tag) {
  if (tag.empty()) return std::nullopt;
  const std::string code = normalize_language_code(tag);
  if (!code.empty() && is_known_language(code)) return std::nullopt;
  return Error{ErrorCode::kInvalidArgument,
               "lang must be a language code such as en, de, es, ca, nl, fr or ja, not \"" + tag.substr(0, 40) + "\""};
}

QueryLanguages query_languages(const Xapian::Database& db, const Xapian::Query& filter, const std::string& forced) {
  if (!forced.empty()) return {{analysis_language(forced)}, true};
  const std::string prefix(schema::kAnalysisLanguagePrefix);
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  std::size_t scanned = 0;
  Xapian::Enquire enquire(db);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && scanned < kMaxIndexLanguagesScanned;
       ++it, ++scanned) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, filter, Xapian::Query(*it)));
    Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) continue;
    found.emplace_back(mset.get_matches_estimated(), (*it).substr(prefix.size()));
  }
  if (found.empty()) return {{std::string(kDefaultLanguage)}, false};
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  QueryLanguages out;
  for (std::size_t i = 0; i < found.size() && out.codes.size() < kMaxQueryLanguages; ++i) {
    out.codes.push_back(found[i].second);
  }
  return out;
}

}  // namespace podseek
