// Type-ahead suggestions (see suggester.hpp).
#include "search-server/core/suggester.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "common/text_analyzer.hpp"
#include "common/url_words.hpp"

namespace podseek {

struct Suggester::Names {
  std::string revision;  // revision_key() of the index these names were read from
  struct Entry {
    std::string text;
    std::vector<std::string> words;  // folded forms to match typed words against
    std::optional<int> episode;
    std::string id;
  };
  std::vector<Entry> guests, topics, categories, episodes;
  // Words of titles, guests, topics, categories and chapter titles -> how many episodes have
  // them: what a partial word completes to. Never words of URLs (url_words.hpp).
  std::map<std::string, int, std::less<>> vocabulary;
};

namespace {

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

// The words of a text worth completing to: each word and the parts of a compound, but no word
// inside a URL or e-mail address, and not the joined form of a dotted name ("tokiors").
void add_suggestion_words(const std::string& text, std::set<std::string>& out) {
  for (const auto& word : thread_analyzer().analyze(text)) {
    if (within_url(text, word.begin)) continue;
    bool dotted = is_dotted_name(std::string_view(text).substr(word.begin, word.end - word.begin));
    if (!word.joined.empty() && !dotted) out.insert(word.joined);
    if (word.is_compound()) out.insert(word.parts.begin(), word.parts.end());
  }
}

// The episode's words that type-ahead may complete to; categories: its own, else its podcast's.
std::set<std::string> episode_suggestion_words(const StoredEpisode& stored, const std::vector<std::string>& categories) {
  std::set<std::string> words;
  add_suggestion_words(stored.episode.title, words);
  for (const auto& guest : stored.episode.guests) add_suggestion_words(guest, words);
  for (const auto& topic : stored.topics) add_suggestion_words(topic, words);
  for (const auto& category : categories) add_suggestion_words(category, words);
  for (const auto& chapter : stored.episode.chapters) add_suggestion_words(chapter.title, words);
  return words;
}

// The most frequent vocabulary words that start with the prefix, scanning a bounded stretch.
std::vector<std::string> completions(const std::map<std::string, int, std::less<>>& vocabulary,
                                     const std::string& prefix, std::size_t count) {
  std::vector<std::pair<int, std::string>> found;
  int scanned = 0;
  for (auto it = vocabulary.lower_bound(prefix);
       it != vocabulary.end() && starts_with(it->first, prefix) && scanned < SuggestLimits::kMaxTermsScanned;
       ++it, ++scanned) {
    found.emplace_back(it->second, it->first);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && out.size() < count; ++i) out.push_back(found[i].second);
  return out;
}

}  // namespace

std::shared_ptr<const Suggester::Names> Suggester::names_for(Xapian::Database& db) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (cached_ && cached_->revision == revision_key(db)) return cached_;
  }
  auto names = std::make_shared<Names>();
  names->revision = revision_key(db);
  std::vector<std::string> guests, topics, categories;
  std::string kind = schema::kind_term(schema::kKindEpisode);
  for (auto it = db.postlist_begin(kind); it != db.postlist_end(kind); ++it) {
    Xapian::Document doc = db.get_document(*it);
    StoredEpisode stored = decode_stored_episode(doc.get_data());
    // The categories the episode is filtered by: its own, else its podcast's (the indexer's rule).
    std::vector<std::string> episode_categories = schema::split_list(doc.get_value(schema::kCategoriesSlot));
    names->episodes.push_back(
        {stored.episode.title, folded_words(stored.episode.title), stored.episode.number, stored.id});
    guests.insert(guests.end(), stored.episode.guests.begin(), stored.episode.guests.end());
    topics.insert(topics.end(), stored.topics.begin(), stored.topics.end());
    categories.insert(categories.end(), episode_categories.begin(), episode_categories.end());
    for (const auto& word : episode_suggestion_words(stored, episode_categories)) names->vocabulary[word]++;
  }
  for (auto* list : {&guests, &topics, &categories}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  for (const auto& guest : guests) names->guests.push_back({guest, folded_words(guest), std::nullopt, ""});
  for (const auto& topic : topics) names->topics.push_back({topic, folded_words(topic), std::nullopt, ""});
  for (const auto& category : categories) {
    names->categories.push_back({category, folded_words(category), std::nullopt, ""});
  }
  std::lock_guard<std::mutex> lock(mutex_);
  cached_ = names;
  return names;
}

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
        for (const auto& word : words) typed.push_back(word.joined);
        const std::string& last = typed.back();
        std::string context = query.substr(0, words.back().begin);

        auto names = names_for(db);
        std::vector<std::string> terms = completions(names->vocabulary, last, wanted);
        std::size_t term_share = std::max<std::size_t>(1, wanted / 2);
        for (std::size_t i = 0; i < terms.size() && out.size() < term_share; ++i) {
          out.push_back({context + terms[i], "term", std::nullopt, ""});
        }
        auto add_matches = [&](const std::vector<Names::Entry>& entries, const char* kind, bool whole_query) {
          for (const auto& entry : entries) {
            if (out.size() >= wanted) return;
            if (entry_matches(entry.words, whole_query ? typed : std::vector<std::string>{last})) {
              out.push_back({entry.text, kind, entry.episode, entry.id});
            }
          }
        };
        add_matches(names->guests, "guest", true);
        add_matches(names->topics, "topic", true);
        add_matches(names->categories, "category", true);
        add_matches(names->episodes, "episode", true);
        for (std::size_t i = term_share; i < terms.size() && out.size() < wanted; ++i) {
          out.push_back({context + terms[i], "term", std::nullopt, ""});
        }
        return out;
      },
      "suggest");
}

}  // namespace podseek
