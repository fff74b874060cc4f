// Guest inference rules (see guest_inference.hpp).
#include "common/guest_inference.hpp"

#include <algorithm>
#include <string_view>

#include "common/name_list.hpp"
#include "common/name_tokens.hpp"

namespace podseek {
namespace {

// A cue is a few words; a word ending in ':' needs a colon after it ("guest:").
using Cue = std::vector<std::string_view>;

const std::vector<Cue>& title_cues() {
  static const std::vector<Cue> cues = {
      {"with"}, {"w/"}, {"feat"}, {"ft"}, {"featuring"}, {"guest:"}, {"guests:"}, {"special", "guest"},
      {"special", "guests"}, {"joined", "by"}, {"mit"}, {"zu", "gast:"}, {"gast:"}, {"met"}, {"con"}};
  return cues;
}

const std::vector<Cue>& description_cues() {
  static const std::vector<Cue> cues = {
      {"guest:"}, {"guests:"}, {"special", "guest"}, {"special", "guests"}, {"special", "guest:"},
      {"my", "guest", "today", "is"}, {"my", "guest", "is"}, {"my", "guests", "today", "are"},
      {"our", "guest", "today", "is"}, {"our", "guest", "is"}, {"our", "guests", "are"}, {"joined", "by"},
      {"interview", "with"}, {"in", "conversation", "with"}, {"featuring"}, {"feat"}, {"ft"}, {"we", "have"},
      {"this", "episode", "*", "has"}, {"this", "week", "*", "has"}, {"today", "*", "has"},
      {"zu", "gast", "ist"}, {"zu", "gast:"}, {"zu", "gast"}, {"gast:"}, {"im", "gespräch", "mit"},
      {"te", "gast:"}, {"invitado:"}, {"invitada:"}, {"invitados:"}, {"entrevista", "con"}};
  return cues;
}

const std::vector<Cue>& host_cues() {
  static const std::vector<Cue> cues = {{"host:"}, {"hosts:"}, {"hosted", "by"}, {"co-host:"}, {"co-hosts:"},
                                        {"moderation:"}, {"presentado", "por"}, {"presentatie:"}};
  return cues;
}

// Words after which a capitalised run names a company, a show or a place.
bool is_organisation_cue(const NameToken& t) {
  static const std::set<std::string_view> words = {"from", "of", "at", "in", "aus", "bei", "vom", "uit", "bij", "desde"};
  return t.lowercase && t.after.empty() && words.count(t.folded) > 0;
}

// A cue word matches case-blind; "*" is any one capitalised word (a host's name: "Bryan has").
// Only the first word may have punctuation before it ("(feat.").
bool cue_word_matches(const NameToken& token, std::string_view word, bool first, bool last) {
  const bool colon = !word.empty() && word.back() == ':';
  if (colon) word.remove_suffix(1);
  if (!first && !token.before.empty()) return false;
  if (word == "*" ? !token.capitalised : token.folded != word) return false;
  if (colon) return token.after.rfind(':', 0) == 0;
  return token.after.empty() || (last && token.after == ".");
}

// The index after the cue that matches at `at`, or 0 when none does.
std::size_t cue_end(const std::vector<NameToken>& tokens, std::size_t at, const std::vector<Cue>& cues) {
  for (const Cue& cue : cues) {
    if (at + cue.size() > tokens.size()) continue;
    bool match = true;
    for (std::size_t k = 0; k < cue.size() && match; ++k) {
      match = cue_word_matches(tokens[at + k], cue[k], k == 0, k + 1 == cue.size());
    }
    if (match) return at + cue.size();
  }
  return 0;
}

// "guests"/"gäste"/"invitados" announce several: one name after them is a band, a show or a team.
bool is_plural_cue(const std::vector<NameToken>& tokens, std::size_t end) {
  static const std::set<std::string_view> plurals = {"guests", "gäste", "invitados", "gasten"};
  return plurals.count(tokens[end - 1].folded) > 0;
}

// A list is names only when every item has the shape of one (2–4 capitalised words): a list
// with a one-word item lists things or bands ("The Trillbillies, District Sentinel").
bool all_name_shaped(const std::vector<NameSpan>& names) {
  return std::all_of(names.begin(), names.end(),
                     [](const NameSpan& n) { return n.capitalised_words >= 2 && n.capitalised_words <= 4; });
}

// The names after every cue; for guest cues (not host cues) only lists that hold up as names.
std::vector<NameSpan> names_after_cues(const std::vector<NameToken>& tokens, const std::vector<Cue>& cues,
                                       bool guests = true) {
  std::vector<NameSpan> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t end = cue_end(tokens, i, cues);
    if (end == 0) continue;
    std::vector<NameSpan> names = name_list_at(tokens, end);
    if (guests && names.size() > 1 && !all_name_shaped(names)) continue;
    if (guests && names.size() == 1 && is_plural_cue(tokens, end)) continue;
    for (NameSpan& name : names) out.push_back(std::move(name));
  }
  return out;
}

bool is_vocabulary(const NameToken& t, const PodcastNames& names) {
  auto it = names.lowercase_words.find(t.folded);
  return it != names.lowercase_words.end() && it->second >= 2;
}

std::string join_cores(const std::vector<NameToken>& tokens, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t k = begin; k < end; ++k) {
    if (!out.empty()) out += ' ';
    out += tokens[k].core + (tokens[k].initial ? "." : "");
  }
  return out;
}

// A name run judged against the podcast: common words trimmed off its end while it stays two
// words long; rejected when it has fewer than 2 or more than 4 capitalised words, when most of
// them are common lowercase words, or when it is a host or an organisation. "" when rejected.
std::string accept_name(const std::vector<NameToken>& tokens, NameSpan span, const PodcastNames& names) {
  auto capitalised = [&](std::size_t k) { return tokens[k].capitalised; };
  while (span.capitalised_words > 2 && is_vocabulary(tokens[span.end - 1], names)) {
    --span.end;
    --span.capitalised_words;
    while (span.end > span.begin && !capitalised(span.end - 1)) --span.end;  // particles, initials
  }
  if (span.capitalised_words < 2 || span.capitalised_words > 4) return "";
  int common = 0;
  for (std::size_t k = span.begin; k < span.end; ++k) common += capitalised(k) && is_vocabulary(tokens[k], names);
  if (common * 2 > span.capitalised_words) return "";
  std::string name = join_cores(tokens, span.begin, span.end);
  std::string folded = fold_name(name);
  if (names.hosts.count(folded) > 0 || names.organisations.count(folded) > 0) return "";
  return name;
}

void add_guest(std::vector<InferredGuest>& out, const std::string& name, const char* source) {
  if (name.empty()) return;
  std::string folded = fold_name(name);
  for (const InferredGuest& g : out) {
    if (fold_name(g.name) == folded) return;
  }
  out.push_back({name, source});
}

// "Name on Topic": a title that opens with a name followed by "on".
void add_name_on_topic(const std::vector<NameToken>& tokens, const PodcastNames& names,
                       std::vector<InferredGuest>& out) {
  NameSpan span = name_run_at(tokens, 0);
  if (span.end == 0 || span.end >= tokens.size() || !tokens[span.end - 1].after.empty()) return;
  if (tokens[span.end].folded == "on" && tokens[span.end].lowercase) {
    add_guest(out, accept_name(tokens, span, names), kGuestFromTitle);
  }
}

void collect_from_text(const std::string& text, const std::vector<std::string>& extra_hosts, PodcastNames& names) {
  std::vector<NameToken> tokens = name_tokens(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    if (t.lowercase && !t.has_digit) ++names.lowercase_words[t.folded];
    if (is_organisation_cue(t) && i + 1 < tokens.size()) {
      NameSpan span = name_run_at(tokens, i + 1);
      if (span.capitalised_words >= 1) names.organisations.insert(fold_name(span.text));
    }
  }
  for (const NameSpan& host : names_after_cues(tokens, host_cues(), false)) names.hosts.insert(fold_name(host.text));
  for (const std::string& host : extra_hosts) names.hosts.insert(fold_name(host));
}

}  // namespace

bool podcast_names_guests(const Podcast& podcast) {
  return std::any_of(podcast.episodes.begin(), podcast.episodes.end(),
                     [](const Episode& e) { return !e.guests.empty(); });
}

PodcastNames collect_podcast_names(const Podcast& podcast, const std::vector<std::string>& publisher_names) {
  PodcastNames names;
  for (const std::string& publisher : publisher_names) {
    std::vector<NameToken> tokens = name_tokens(publisher);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      NameSpan span = name_run_at(tokens, i);
      if (span.end > span.begin) names.hosts.insert(fold_name(span.text));
      if (span.end > i) i = span.end - 1;
    }
  }
  for (const Episode& e : podcast.episodes) {
    collect_from_text(e.title, e.hosts, names);
    collect_from_text(e.description, {}, names);
  }
  return names;
}

std::vector<InferredGuest> guests_in_episode(const std::string& title, const std::string& description,
                                             const PodcastNames& names) {
  std::vector<InferredGuest> out;
  std::vector<NameToken> title_tokens = name_tokens(title);
  for (const NameSpan& span : names_after_cues(title_tokens, title_cues())) {
    add_guest(out, accept_name(title_tokens, span, names), kGuestFromTitle);
  }
  add_name_on_topic(title_tokens, names, out);
  std::vector<NameToken> text_tokens = name_tokens(description);
  for (const NameSpan& span : names_after_cues(text_tokens, description_cues())) {
    add_guest(out, accept_name(text_tokens, span, names), kGuestFromDescription);
  }
  if (out.size() > kMaxListedNames) out.resize(kMaxListedNames);
  return out;
}

int infer_guests(Podcast& podcast, const std::vector<std::string>& publisher_names) {
  if (podcast.episodes.empty() || podcast_names_guests(podcast)) return 0;
  PodcastNames names = collect_podcast_names(podcast, publisher_names);
  std::vector<std::vector<InferredGuest>> found;
  std::map<std::string, int> episodes_naming;
  for (const Episode& e : podcast.episodes) {
    found.push_back(guests_in_episode(e.title, e.description, names));
    for (const InferredGuest& g : found.back()) ++episodes_naming[fold_name(g.name)];
  }
  // A name in most episodes of a podcast (of at least four) is a host, not a guest.
  const int episodes = static_cast<int>(podcast.episodes.size());
  int added = 0;
  for (std::size_t i = 0; i < podcast.episodes.size(); ++i) {
    Episode& e = podcast.episodes[i];
    for (const InferredGuest& g : found[i]) {
      if (episodes >= 4 && episodes_naming[fold_name(g.name)] * 2 > episodes) continue;
      e.guests.push_back(g.name);
      e.guest_sources[g.name] = g.source;
      ++added;
    }
  }
  return added;
}

}  // namespace podseek
