// Names and lists of names in tokens (see name_list.hpp).
#include "common/name_list.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace podseek {
namespace {

bool in(const std::set<std::string_view>& words, const std::string& folded) { return words.count(folded) > 0; }

const std::set<std::string_view>& stop_words() {
  static const std::set<std::string_view> words = {
      "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "vs", "versus",
      "feat", "ft", "featuring", "episode", "episodes", "ep", "part", "pt", "live", "bonus", "special", "show",
      "podcast", "pod", "review", "preview", "edition", "teaser", "trailer", "guest", "guests", "host", "hosts",
      "co-host", "interview", "interviews", "download", "subscribe", "description", "sponsor", "sponsors",
      "sponsored", "season", "chapter", "chapters", "intro", "introducing", "news", "mailbag", "plus", "also",
      "this", "that", "week", "today", "tonight", "links", "notes", "support", "follow", "check", "listen",
      "unlocked", "patreon", "q&a", "ama", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "christmas", "halloween", "easter", "new", "year", "i", "we", "you",
      "he", "she", "they", "it", "my", "our", "your", "his", "her", "their", "is", "are", "was", "und", "mit",
      "der", "die", "das", "folge", "zu", "gast", "gäste", "met", "en", "het", "een", "con", "el", "los", "las",
      "y", "invitado", "invitada", "entrevista", "capítulo", "who", "what", "why", "how", "when", "where"};
  return words;
}

const std::set<std::string_view>& particles() {
  static const std::set<std::string_view> words = {"van", "von", "de", "den", "der", "da", "di", "du", "del",
                                                   "della", "la", "le", "bin", "ibn", "al", "el", "dos", "das",
                                                   "do", "ter", "ten", "zu", "af", "av"};
  return words;
}

// Words that describe the person who follows ("with artist Rob McCallum", "Dr Emma Southon").
const std::set<std::string_view>& role_words() {
  static const std::set<std::string_view> words = {
      "artist", "author", "comedian", "journalist", "writer", "novelist", "filmmaker", "director", "professor",
      "prof", "dr", "producer", "musician", "actor", "actress", "reporter", "historian", "scientist",
      "researcher", "economist", "activist", "founder", "co-founder", "ceo", "cto", "editor", "chef",
      "designer", "developer", "engineer", "friend", "special", "guest", "guests", "our",
      "my", "fellow", "legendary", "expert", "mr", "mrs", "ms", "sir", "dame", "autor", "autorin", "journalistin"};
  return words;
}

bool is_name_word(const NameToken& t) {
  return t.capitalised && !t.has_digit && !t.possessive && !is_stop_word(t) && t.before.empty();
}

// A word may be followed by another of the same name only when no punctuation stands between.
bool joins_next(const NameToken& t) { return t.after.empty() || (t.initial && t.after == "."); }

std::size_t skip_name_prefix(const std::vector<NameToken>& tokens, std::size_t at) {
  for (int n = 0; n < 3 && at < tokens.size() && in(role_words(), tokens[at].folded); ++n) {
    if (!joins_next(tokens[at]) && tokens[at].after != ".") break;
    ++at;
  }
  // An owner: up to three capitalised words of which the last is possessive ("Tech TV's").
  for (std::size_t n = 0; n < 3 && at + n < tokens.size(); ++n) {
    const NameToken& t = tokens[at + n];
    if (t.possessive) return at + n + 1;
    if (!t.capitalised || !t.after.empty()) break;
  }
  return at;
}

enum class Joint { kMore, kEnd };

// After a name: a comma, "and"/"&" (or both) continue the list; anything else ends it.
Joint list_joint(const std::vector<NameToken>& tokens, std::size_t& at, const std::string& after_name) {
  static const std::set<std::string_view> ands = {"and", "&", "und", "en", "y", "e", "et", "og", "och"};
  bool comma = after_name == ",";
  if (!after_name.empty() && !comma) return Joint::kEnd;
  if (at < tokens.size() && tokens[at].core.empty() && (tokens[at].before == "," || tokens[at].before == "&")) {
    comma = comma || tokens[at].before == ",";
    if (tokens[at].before == "&") return ++at, Joint::kMore;
    ++at;
  }
  if (at < tokens.size() && (in(ands, tokens[at].folded) || tokens[at].before == "&") && tokens[at].after.empty()) {
    return ++at, Joint::kMore;
  }
  return comma ? Joint::kMore : Joint::kEnd;
}

}  // namespace

bool is_stop_word(const NameToken& token) { return in(stop_words(), token.folded); }

bool is_name_particle(const NameToken& token) { return token.lowercase && in(particles(), token.folded); }

NameSpan name_run_at(const std::vector<NameToken>& tokens, std::size_t at) {
  NameSpan span{"", at, at, 0};
  std::size_t last_good = at;
  int good_count = 0;
  std::size_t i = at;
  while (i < tokens.size() && i - at < 8) {
    const NameToken& t = tokens[i];
    const bool first = i == at;
    if (is_name_word(t)) {
      ++span.capitalised_words;
      last_good = i + 1;
      good_count = span.capitalised_words;
    } else if (first || !(t.initial || is_name_particle(t))) {
      break;
    }
    ++i;
    if (!joins_next(t)) break;
  }
  span.end = last_good;
  span.capitalised_words = good_count;
  for (std::size_t k = span.begin; k < span.end; ++k) {
    if (!span.text.empty()) span.text += ' ';
    span.text += tokens[k].core + (tokens[k].initial ? "." : "");
  }
  return span;
}

std::vector<NameSpan> name_list_at(const std::vector<NameToken>& tokens, std::size_t at) {
  std::vector<NameSpan> names;
  while (at < tokens.size() && names.size() < kMaxListedNames) {
    at = skip_name_prefix(tokens, at);
    NameSpan name = name_run_at(tokens, at);
    if (name.end == name.begin) break;
    names.push_back(name);
    at = name.end;
    const std::string& after = tokens[name.end - 1].initial ? std::string() : tokens[name.end - 1].after;
    if (list_joint(tokens, at, after) == Joint::kEnd) break;
  }
  return names;
}

}  // namespace podseek
