// Importing a podcast-app episode list page: header, per-episode parts, boilerplate removal.
#include "indexer/page/episode_page_importer.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/status.hpp"
#include "common/text_chapters.hpp"
#include "indexer/page/page_text.hpp"

namespace podseek {
namespace {

using namespace page_text;

const std::string kFooterMark = "More information:";

// One episode line cut into its parts.
struct EpisodeParts {
  std::string head;      // "Episode N – Title.Description…"
  std::string links;     // after "Learn more…:"
  std::string chapters;  // after "Chapters"
  std::string footer;    // from "More information:"
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(trim(line));
  return lines;
}

// "Chapters" directly followed by a timestamp; the last such mark.
std::size_t find_chapters_mark(const std::string& body) {
  for (std::size_t at = body.rfind("Chapters"); at != std::string::npos;
       at = at == 0 ? std::string::npos : body.rfind("Chapters", at - 1)) {
    if (at + 8 < body.size() && is_digit(body[at + 8])) return at;
  }
  return std::string::npos;
}

EpisodeParts cut_episode(const std::string& line, const std::string& podcast_title) {
  EpisodeParts parts;
  std::size_t footer = line.find(kFooterMark);
  parts.footer = line.substr(footer);
  std::string body = trim(line.substr(0, footer));
  if (ends_with_nocase(body, podcast_title)) body = trim(body.substr(0, body.size() - podcast_title.size()));
  if (std::size_t mark = find_chapters_mark(body); mark != std::string::npos) {
    parts.chapters = body.substr(mark + 8);
    body = body.substr(0, mark);
  }
  std::size_t learn = body.find("Learn more");
  std::size_t colon = learn == std::string::npos ? learn : body.find(':', learn);
  if (colon != std::string::npos) {
    parts.links = body.substr(colon + 1);
    body = body.substr(0, learn);
  }
  parts.head = trim(body);
  return parts;
}

// Length of the longest common suffix of a and b.
std::size_t common_suffix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

// The longest tail that more than half of the texts share and that holds a link: show boilerplate.
std::string shared_tail(const std::vector<std::string>& texts) {
  std::string best;
  for (const std::string& text : texts) {
    std::vector<std::size_t> shared;
    for (const std::string& other : texts) shared.push_back(common_suffix(text, other));
    std::sort(shared.rbegin(), shared.rend());
    std::size_t needed = texts.size() / 2 + 1;
    std::string tail = text.substr(text.size() - shared[needed - 1]);
    if (tail.size() > best.size() && tail.find("://") != std::string::npos) best = tail;
  }
  return best;
}

// Longer than any title: a boundary further in is inside the description.
constexpr std::size_t kMaxTitleLength = 120;

// "Title.Description" or "Title DescriptionIn this…": the title ends at a period glued to a new
// sentence when one comes within kMaxTitleLength; else at the last lower→Upper join there that
// starts a sentence (so "WebTransport with X.A talk" keeps its title whole).
std::pair<std::string, std::string> split_title(const std::string& text) {
  std::size_t period = std::string::npos, join = std::string::npos;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (period == std::string::npos && text[i] == '.' && starts_sentence(text, i + 1)) period = i;
    if (i < kMaxTitleLength && is_lower(text[i]) && starts_sentence_word(text, i + 1)) join = i + 1;
  }
  if (period != std::string::npos && (period <= kMaxTitleLength || join == std::string::npos)) {
    return {trim(text.substr(0, period)), text.substr(period + 1)};
  }
  if (join != std::string::npos) return {trim(text.substr(0, join)), text.substr(join)};
  return {trim(text), ""};
}

// Puts a space after sentence-ending periods glued to the next sentence ("far.We explore").
std::string unglue_sentences(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '.' && i > 0 && is_lower(text[i - 1]) && starts_sentence(text, i + 1)) out += ' ';
  }
  return trim(out);
}

// "Episode 11 – Title.Description" → number, title, description; pages may omit the header.
void read_head(const std::string& head, Episode& ep) {
  std::string rest = head;
  if (head.rfind("Episode ", 0) == 0 && head.size() > 8 && is_digit(head[8])) {
    std::size_t end = 8;
    while (end < head.size() && is_digit(head[end])) ++end;
    std::size_t dash = head.find_first_not_of(' ', end);
    for (const char* mark : {"\xE2\x80\x93", "\xE2\x80\x94", "-", ":"}) {
      if (dash != std::string::npos && head.compare(dash, std::string(mark).size(), mark) == 0) {
        ep.number = std::stoi(head.substr(8, end - 8));
        auto [title, description] = split_title(trim(head.substr(dash + std::string(mark).size())));
        ep.title = title;
        ep.description = unglue_sentences(description);
        return;
      }
    }
  }
  ep.description = unglue_sentences(rest);
}

// An episode without a number between numbered ones in a counting list gets the number implied
// by its neighbour (the page lists 11, 10, …, 2 and then an unnumbered first episode).
void fill_missing_numbers(std::vector<Episode>& episodes) {
  std::set<int> taken;
  std::vector<int> known;
  for (const Episode& ep : episodes) {
    if (ep.number) {
      taken.insert(*ep.number);
      known.push_back(*ep.number);
    }
  }
  if (known.size() < 2) return;
  const int step = known.front() > known.back() ? -1 : 1;
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    if (episodes[i].number) continue;
    std::optional<int> guess;
    if (i > 0 && episodes[i - 1].number) guess = *episodes[i - 1].number + step;
    else if (i + 1 < episodes.size() && episodes[i + 1].number) guess = *episodes[i + 1].number - step;
    if (guess && *guess >= 1 && taken.insert(*guess).second) episodes[i].number = guess;
  }
}

// Drops links whose URL appears in more than half of the episodes (show promos).
void drop_repeated_links(std::vector<Episode>& episodes) {
  std::map<std::string, std::size_t> seen_in;
  for (const Episode& ep : episodes) {
    std::set<std::string> urls;
    for (const Link& link : ep.links) urls.insert(link.url);
    for (const std::string& url : urls) ++seen_in[url];
  }
  for (Episode& ep : episodes) {
    std::erase_if(ep.links, [&](const Link& link) { return seen_in[link.url] * 2 > episodes.size(); });
  }
}

Episode episode_from_parts(const EpisodeParts& parts, const std::string& boilerplate) {
  Episode ep;
  read_head(parts.head, ep);
  std::string links = parts.links;
  if (!boilerplate.empty() && links.size() >= boilerplate.size() &&
      links.compare(links.size() - boilerplate.size(), boilerplate.size(), boilerplate) == 0) {
    links.resize(links.size() - boilerplate.size());
  }
  ep.links = split_links(links);
  ep.chapters = chapters_from_text(parts.chapters);
  std::vector<Link> footer = split_links(parts.footer);
  if (!footer.empty()) ep.url = footer.front().url;
  return ep;
}

}  // namespace

bool looks_like_episode_page(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || text[first] == '{' || text[first] == '[' || text[first] == '<') return false;
  return text.find("\nDescription") != std::string::npos && text.find(kFooterMark) != std::string::npos;
}

namespace {

// The page marks no guids: each episode gets a stable one from the podcast and its number
// ("netstack.fm-episode-11", the form the overlay uses too), or its title when it has no number,
// so the same page indexed again updates the same episodes. The overlay may set others.
// An episode the page lists without a "Episode N – Title" head (the first one, as a rule) is
// called "Episode N" (the overlay may name it better). Then guids, from the titles as they are.
void fill_missing_titles_and_guids(Podcast& podcast) {
  for (Episode& ep : podcast.episodes) {
    if (ep.title.empty() && ep.number) ep.title = "Episode " + std::to_string(*ep.number);
    if (!ep.guid.empty()) continue;
    ep.guid = ep.number ? podcast.title + "-episode-" + std::to_string(*ep.number) : podcast.title + "-" + ep.title;
  }
}

}  // namespace

Podcast import_episode_page(const std::string& text, const std::string& source_name) {
  const std::vector<std::string> lines = split_lines(text);
  Podcast podcast;
  std::vector<EpisodeParts> parts;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (podcast.title.empty() && !lines[i].empty() && lines[i] != "Discover") podcast.title = lines[i];
    if (lines[i] == "Description" && i + 1 < lines.size()) podcast.description = lines[i + 1];
    if (lines[i].find(kFooterMark) != std::string::npos) parts.push_back(cut_episode(lines[i], podcast.title));
  }
  if (parts.empty()) throw InputError(source_name + ": no episode found (no \"" + kFooterMark + "\" line)");
  std::vector<std::string> link_texts;
  for (const EpisodeParts& p : parts) link_texts.push_back(p.links);
  const std::string boilerplate = shared_tail(link_texts);
  for (const EpisodeParts& p : parts) podcast.episodes.push_back(episode_from_parts(p, boilerplate));
  fill_missing_numbers(podcast.episodes);
  fill_missing_titles_and_guids(podcast);
  drop_repeated_links(podcast.episodes);
  return podcast;
}

Podcast import_episode_page_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return import_episode_page(buffer.str(), path);
}

}  // namespace podseek
