// Type-ahead suggestions from the index's terms (see suggester.hpp).
#include "search-server/core/suggester.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"
#include "search-server/core/episode_order.hpp"
#include "search-server/core/filter_names.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;
using Names = Suggester::Names;

std::vector<std::string> folded_words(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& word : thread_analyzer().analyze(text)) {
    if (!word.joined.empty()) out.push_back(word.joined);
    if (word.is_compound()) out.insert(out.end(), word.parts.begin(), word.parts.end());
  }
  return out;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// Every typed word is the start of some word of the entry (the last one may be partial).
bool entry_matches(const std::vector<std::string>& entry_words, const std::vector<std::string>& typed) {
  if (typed.empty()) return false;
  return std::all_of(typed.begin(), typed.end(), [&](const std::string& word) {
    return std::any_of(entry_words.begin(), entry_words.end(),
                       [&](const std::string& candidate) { return starts_with(candidate, word); });
  });
}

// The names of a filter prefix as the newest episode having each writes them (one document each).
std::vector<Suggester::Name> written_names(Xapian::Database& db, std::string_view prefix, Xapian::valueno slot) {
  std::vector<Suggester::Name> out;
  for (const FilterName& name : filter_names(db, prefix, SuggestLimits::kMaxNamesListed)) {
    Xapian::MSet newest = newest_episodes(db, Q(std::string(prefix) + name.folded), 0, 1);
    std::string text = newest.empty() ? "" : written_name(newest.begin().get_document(), slot, name.folded);
    if (!text.empty()) out.push_back({text, folded_words(text), name.episodes});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.text < b.text; });
  return out;
}

Names names_of(Xapian::Database& db) {
  return {written_names(db, schema::kTopicPrefix, schema::kTopicsSlot),
          written_names(db, schema::kCategoryPrefix, schema::kCategoriesSlot)};
}

// The spelling table's words that start with the prefix, with their episode counts (a bounded stretch).
std::map<std::string, Xapian::doccount> spelled_words(const Xapian::Database& db, const std::string& prefix) {
  std::map<std::string, Xapian::doccount> out;
  Xapian::TermIterator it = db.spellings_begin();
  it.skip_to(prefix);
  for (int scanned = 0; it != db.spellings_end() && scanned < SuggestLimits::kMaxTermsScanned; ++it, ++scanned) {
    if (!starts_with(*it, prefix)) break;
    out.emplace(*it, it.get_termfreq());
  }
  return out;
}

bool has_digit(const std::string& word) {
  return std::any_of(word.begin(), word.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

// What the partial word completes to: words of the searchable name fields that the spelling table
// knows (so not a URL's, nor a dotted name's joined form); words with a digit, which the spelling
// table never holds ("http3"), from the guest, topic and chapter fields only (names and headings,
// not the titles that may quote a URL); and words of categories. Most episodes first, then alphabetical.
std::vector<std::string> completions(const Xapian::Database& db, const Names& names, const std::string& prefix,
                                     std::size_t count) {
  const auto spelled = spelled_words(db, prefix);
  std::map<std::string, Xapian::doccount> found;
  for (std::string_view field : {schema::kTitleField, schema::kGuestField, schema::kTopicField, schema::kChapterField}) {
    const std::string start = std::string(field) + prefix;
    int scanned = 0;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && scanned < SuggestLimits::kMaxTermsScanned;
         ++it, ++scanned) {
      const std::string word = (*it).substr(field.size());
      auto known = spelled.find(word);
      if (known != spelled.end()) {
        found.insert(*known);
      } else if (field != schema::kTitleField && has_digit(word)) {
        found[word] = std::max(found[word], it.get_termfreq());
      }
    }
  }
  for (const auto& category : names.categories) {
    for (const auto& word : category.words) {
      if (starts_with(word, prefix)) found[word] = std::max(found[word], category.episodes);
    }
  }
  std::vector<std::pair<Xapian::doccount, std::string>> ranked;
  for (const auto& [word, episodes] : found) ranked.emplace_back(episodes, word);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ranked.size() && out.size() < count; ++i) out.push_back(ranked[i].second);
  return out;
}

// Episodes whose field has a word starting with each typed word, newest first, at most kMaxEpisodesRead.
Xapian::MSet episodes_with_words(Xapian::Database& db, std::string_view field, const std::vector<std::string>& typed) {
  std::vector<Q> words;
  for (const auto& word : typed) {
    words.emplace_back(Q::OP_WILDCARD, std::string(field) + word, SuggestLimits::kMaxTermsScanned,
                       Q::WILDCARD_LIMIT_MOST_FREQUENT);
  }
  Xapian::MSet mset = newest_episodes(db, Q(Q::OP_AND, words.begin(), words.end()), 0, SuggestLimits::kMaxEpisodesRead);
  mset.fetch();  // one batch for a remote shard
  return mset;
}

// The guests whose name begins with what was typed (their filter terms, alphabetical, at most
// `count`, each as its newest episode writes it).
void guests_named_so(Xapian::Database& db, const std::string& query, const std::vector<std::string>& typed,
                     std::size_t count, std::set<std::string>& out) {
  const std::string start = schema::guest_term(thread_analyzer().fold(query));
  std::size_t added = 0;
  int scanned = 0;
  for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && added < count &&
                                           scanned < SuggestLimits::kMaxTermsScanned;
       ++it, ++scanned) {
    const std::string folded = (*it).substr(schema::kGuestPrefix.size());
    if (!entry_matches(folded_words(folded), typed)) continue;
    Xapian::MSet newest = newest_episodes(db, Q(*it), 0, 1);
    std::string name = newest.empty() ? "" : written_name(newest.begin().get_document(), schema::kGuestsSlot, folded);
    if (!name.empty() && out.insert(name).second) ++added;
  }
}

// Guests matching every typed word, alphabetical: those whose name begins with the query, and the
// guests of the newest kMaxEpisodesRead episodes with a guest word starting with each typed word.
std::set<std::string> matching_guests(Xapian::Database& db, const std::string& query,
                                      const std::vector<std::string>& typed, std::size_t count) {
  std::set<std::string> out;
  guests_named_so(db, query, typed, count, out);
  Xapian::MSet mset = episodes_with_words(db, schema::kGuestField, typed);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    for (const auto& guest : schema::split_list(it.get_document().get_value(schema::kGuestsSlot))) {
      if (entry_matches(folded_words(guest), typed)) out.insert(guest);
    }
  }
  return out;
}

// Episodes whose title matches every typed word, newest first.
std::vector<Suggestion> matching_titles(Xapian::Database& db, const std::vector<std::string>& typed) {
  std::vector<Suggestion> out;
  Xapian::MSet mset = episodes_with_words(db, schema::kTitleField, typed);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    std::string title = doc.get_value(schema::kTitleSlot);
    if (!entry_matches(folded_words(title), typed)) continue;
    EpisodeRef ref = episode_ref(doc, false);
    out.push_back({title, "episode", ref.number, ref.id});
  }
  return out;
}

}  // namespace

Expected<std::vector<Suggestion>> Suggester::suggest(const std::string& query, int limit) const {
  if (auto error = check_query("q", query)) return *error;
  if (auto error = check_suggest_limit(limit)) return *error;
  return reader_.guarded(
      [&](Xapian::Database& db) {
        std::vector<Suggestion> out;
        std::vector<AnalyzedWord> words = thread_analyzer().analyze(query);
        if (words.empty() || words.back().joined.empty()) return out;
        const std::size_t wanted = static_cast<std::size_t>(limit);
        std::vector<std::string> typed;
        for (const auto& word : words) {
          if (!word.joined.empty()) typed.push_back(word.joined);
        }
        const std::string& last = typed.back();
        const std::string context = query.substr(0, words.back().begin);

        auto names = names_.get(db, names_of);
        std::vector<std::string> terms = completions(db, *names, last, wanted);
        const std::size_t term_share = std::max<std::size_t>(1, wanted / 2);
        for (std::size_t i = 0; i < terms.size() && out.size() < term_share; ++i) {
          out.push_back({context + terms[i], "term", std::nullopt, ""});
        }
        auto add = [&](Suggestion suggestion) {
          if (out.size() < wanted) out.push_back(std::move(suggestion));
        };
        if (out.size() < wanted) {
          for (const auto& guest : matching_guests(db, query, typed, wanted)) add({guest, "guest", std::nullopt, ""});
        }
        for (const auto* list : {&names->topics, &names->categories}) {
          const char* kind = list == &names->topics ? "topic" : "category";
          for (const auto& name : *list) {
            if (entry_matches(name.words, typed)) add({name.text, kind, std::nullopt, ""});
          }
        }
        if (out.size() < wanted) {
          for (auto& episode : matching_titles(db, typed)) add(std::move(episode));
        }
        for (std::size_t i = term_share; i < terms.size(); ++i) add({context + terms[i], "term", std::nullopt, ""});
        return out;
      },
      "suggest");
}

}  // namespace podseek
