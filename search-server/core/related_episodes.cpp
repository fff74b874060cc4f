// Related episodes by relevance feedback (see related_episodes.hpp).
#include "search-server/core/related_episodes.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/ascii_text.hpp"
#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

using Q = Xapian::Query;

bool starts_with(const std::string& text, std::string_view prefix) { return text.compare(0, prefix.size(), prefix) == 0; }

// The field a term of the expand set may come from, or nullopt: words (unprefixed), guest-name
// words and topic words. Boolean terms (ids, kinds, filters), stemmed forms and title or chapter
// words (the same words, unprefixed, are already candidates) are not.
std::optional<std::string_view> expandable_field(const std::string& term) {
  if (term.empty()) return std::nullopt;
  if (!ascii::is_upper(term[0])) return std::string_view();
  if (starts_with(term, schema::kTopicField)) return schema::kTopicField;
  if (starts_with(term, schema::kGuestField) && term.size() > 1 && !ascii::is_upper(term[1])) {
    return schema::kGuestField;
  }
  return std::nullopt;
}

// The text without its URL-like tokens ("https://…", "www.…"), which descriptions often hold.
std::string without_urls(const std::string& text) {
  std::string out, token;
  auto flush = [&] {
    bool url = token.find("://") != std::string::npos || ascii::starts_with_nocase(token, "www.");
    if (!url) out += token + " ";
    token.clear();
  };
  for (char c : text) {
    if (ascii::is_space(c)) flush();
    else token += c;
  }
  flush();
  return out;
}

// Every word of what an episode is about: title, guests, hosts, chapter titles, description,
// link labels and topics, but not its link URLs nor URLs written in its text (whose pieces, "https",
// "github", "tokiors", say nothing of the subject), nor its transcript (not stored with it).
std::set<std::string> subject_words(const StoredEpisode& stored) {
  const Episode& e = stored.episode;
  std::vector<std::string> texts = {e.title, e.description};
  texts.insert(texts.end(), e.guests.begin(), e.guests.end());
  texts.insert(texts.end(), e.hosts.begin(), e.hosts.end());
  texts.insert(texts.end(), stored.topics.begin(), stored.topics.end());
  for (const auto& chapter : e.chapters) texts.push_back(chapter.title);
  for (const auto& link : e.links) texts.push_back(link.label);
  std::set<std::string> words;
  for (const std::string& text : texts) {
    for (const AnalyzedWord& word : thread_analyzer().analyze(without_urls(text))) {
      words.insert(word.joined);
      words.insert(word.parts.begin(), word.parts.end());
      for (const GroupTerm& group : word.groups) words.insert(group.text);
    }
  }
  return words;
}

// Accepts the terms worth searching for: a subject word of the episode, of three bytes or more with
// a letter in it, not a stop word, that some other document has too.
class RelatedTermDecider : public Xapian::ExpandDecider {
 public:
  RelatedTermDecider(const Xapian::Database& db, std::set<std::string> subject) : db_(db), subject_(std::move(subject)) {}

  bool operator()(const std::string& term) const override {
    if (!expandable_field(term)) return false;
    const std::string word = related_term_word(term);
    if (word.size() < 3 || is_stopword(word) || subject_.count(word) == 0) return false;
    if (std::none_of(word.begin(), word.end(), [](char c) { return ascii::is_alpha(c) || (c & 0x80); })) return false;
    return db_.get_termfreq(term) >= 2;
  }

 private:
  const Xapian::Database& db_;
  std::set<std::string> subject_;
};

// Sorts related episodes into tiers: "2" for one that shares a guest with the episode, "1" for one
// that shares a topic, "0" for neither (then by relevance within a tier).
class SharedNamesKey : public Xapian::KeyMaker {
 public:
  explicit SharedNamesKey(const StoredEpisode& episode) : guests_(episode.episode.guests), topics_(episode.topics) {}

  std::string operator()(const Xapian::Document& doc) const override {
    if (!shared_guests(doc).empty()) return "2";
    return shared_topics(doc).empty() ? "0" : "1";
  }
  std::vector<std::string> shared_guests(const Xapian::Document& doc) const {
    return shared(doc.get_value(schema::kGuestsSlot), guests_);
  }
  std::vector<std::string> shared_topics(const Xapian::Document& doc) const {
    return shared(doc.get_value(schema::kTopicsSlot), topics_);
  }

 private:
  static std::vector<std::string> shared(const std::string& joined, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& value : schema::split_list(joined)) {
      if (std::find(names.begin(), names.end(), value) != names.end()) out.push_back(value);
    }
    return out;
  }
  std::vector<std::string> guests_, topics_;
};

std::optional<Xapian::docid> episode_docid(Xapian::Database& db, const std::string& episode_id) {
  const std::string id_term = schema::id_term(episode_id);
  for (auto it = db.postlist_begin(id_term); it != db.postlist_end(id_term); ++it) {
    if (!db.get_document(*it).get_value(schema::kContentHashSlot).empty()) return *it;  // an episode document
  }
  return std::nullopt;
}

// The episode's expand set, most telling term first.
std::vector<std::string> expand_terms(Xapian::Database& db, Xapian::docid docid, const StoredEpisode& episode) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(schema::kind_term(schema::kKindEpisode)));
  Xapian::RSet rset;
  rset.add_document(docid);
  RelatedTermDecider decider(db, subject_words(episode));
  Xapian::ESet eset = enquire.get_eset(RelatedLimits::kExpandTerms, rset, &decider);
  return {eset.begin(), eset.end()};
}

// The shown words of those `terms` of the expand set (ranked by `rank`) in its order, each once, at
// most `limit`. (A document's matching terms include the filter's boolean terms: they are dropped.)
std::vector<std::string> words_of(std::vector<std::string> terms, const std::map<std::string, std::size_t>& rank,
                                  std::size_t limit) {
  terms.erase(std::remove_if(terms.begin(), terms.end(), [&](const std::string& t) { return rank.count(t) == 0; }),
              terms.end());
  std::sort(terms.begin(), terms.end(), [&](const std::string& a, const std::string& b) { return rank.at(a) < rank.at(b); });
  std::vector<std::string> words;
  for (const auto& term : terms) {
    std::string word = related_term_word(term);
    if (words.size() < limit && std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
  }
  return words;
}

// What the related episodes are searched with: the expand set's words, and the episode's guests and
// topics as filter terms (which add no weight, but find an episode that shares one and no word).
Q related_query(const StoredEpisode& episode, const std::vector<std::string>& terms) {
  std::vector<Q> any(terms.begin(), terms.end());
  TextAnalyzer& analyzer = thread_analyzer();
  for (const auto& guest : episode.episode.guests) any.emplace_back(schema::guest_term(analyzer.fold(guest)));
  for (const auto& topic : episode.topics) any.emplace_back(schema::topic_term(analyzer.fold(topic)));
  Q others(Q::OP_AND_NOT, Q(schema::kind_term(schema::kKindEpisode)), Q(schema::id_term(episode.id)));
  return Q(Q::OP_FILTER, Q(Q::OP_OR, any.begin(), any.end()), others);
}

// The episodes that best match: those sharing a guest, then a topic, then the rest, each by relevance.
std::vector<RelatedEpisode> best_matches(Xapian::Database& db, const StoredEpisode& episode,
                                         const std::vector<std::string>& terms, int limit) {
  std::map<std::string, std::size_t> rank;
  for (std::size_t i = 0; i < terms.size(); ++i) rank[terms[i]] = i;
  Xapian::Enquire enquire(db);
  enquire.set_query(related_query(episode, terms));
  SharedNamesKey tiers(episode);
  enquire.set_sort_by_key_then_relevance(&tiers, true);
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
  std::vector<RelatedEpisode> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    RelatedEpisode related{decode_stored_episode(doc.get_data()), it.get_weight(), tiers.shared_guests(doc),
                           tiers.shared_topics(doc), {}};
    // Shown: the matching words that are of its subject too (not only in its URLs or transcript).
    const std::set<std::string> subject = subject_words(related.stored);
    std::vector<std::string> matched;
    for (auto term = enquire.get_matching_terms_begin(it); term != enquire.get_matching_terms_end(it); ++term) {
      if (subject.count(related_term_word(*term))) matched.push_back(*term);
    }
    related.words = words_of(std::move(matched), rank, RelatedLimits::kReasonsPerEpisode);
    // One that matched by URL or transcript words alone shares nothing of the subject: not related.
    if (!related.reasons().empty()) out.push_back(std::move(related));
  }
  return out;
}

}  // namespace

std::vector<std::string> RelatedEpisode::reasons() const {
  std::vector<std::string> out = shared_guests;
  out.insert(out.end(), shared_topics.begin(), shared_topics.end());
  out.insert(out.end(), words.begin(), words.end());
  return out;
}

std::string related_term_word(const std::string& term) {
  std::optional<std::string_view> field = expandable_field(term);
  return field ? term.substr(field->size()) : term;
}

Expected<RelatedResult> RelatedEpisodes::related(const std::string& episode_id, int limit) const {
  if (auto error = check_related_limit(limit)) return *error;
  auto found = reader_.guarded(
      [&](Xapian::Database& db) -> std::optional<RelatedResult> {
        std::optional<Xapian::docid> docid = episode_docid(db, episode_id);
        if (!docid) return std::nullopt;
        RelatedResult result{episode_id, {}, {}};
        StoredEpisode episode = decode_stored_episode(db.get_document(*docid).get_data());
        std::vector<std::string> terms = expand_terms(db, *docid, episode);
        result.related = best_matches(db, episode, terms, limit);
        std::map<std::string, std::size_t> rank;
        for (std::size_t i = 0; i < terms.size(); ++i) rank[terms[i]] = i;
        result.terms = words_of(terms, rank, terms.size());
        return result;
      },
      "finding related episodes");
  if (!found.ok()) return found.error();
  if (!found.value()) return Error{ErrorCode::kNotFound, "no episode " + episode_id};
  return std::move(*found.value());
}

}  // namespace podseek
