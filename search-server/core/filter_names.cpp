// Names of boolean filters from the term list (see filter_names.hpp).
#include "search-server/core/filter_names.hpp"

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {

std::vector<FilterName> filter_names(const Xapian::Database& db, std::string_view prefix, std::size_t max_names) {
  std::vector<FilterName> out;
  const std::string start(prefix);
  for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && out.size() < max_names; ++it) {
    out.push_back({(*it).substr(start.size()), it.get_termfreq()});
  }
  return out;
}

std::string written_name(const Xapian::Document& doc, Xapian::valueno slot, const std::string& folded) {
  for (const auto& name : schema::split_list(doc.get_value(slot))) {
    if (thread_analyzer().fold(name) == folded) return name;
  }
  return "";
}

}  // namespace podseek
