// The items of a feed (see feed_items.hpp).
#include "indexer/feed/feed_items.hpp"

#include <map>
#include <set>

#include "indexer/feed/html_text.hpp"

namespace podseek {
namespace {

std::string item_label(int index, const Episode& episode) {
  std::string title = episode.title;
  cut_utf8(title, 80);
  return "item " + std::to_string(index) + " (\"" + title + "\"): ";
}

// The number makes the episode's id, so it must be unique in the podcast: a repeat is dropped.
// A repeat from another season (numbering that restarts each season, as Apple allows) is counted
// for one feed warning; a repeat within a season (or without seasons) is the item's own problem.
void check_number(Episode& episode, std::map<int, std::set<int>>& seen, std::size_t& season_restarts,
                  std::vector<std::string>& problems) {
  std::set<int>& seasons = seen[*episode.number];
  const int season = episode.season.value_or(-1);
  const bool repeat = !seasons.empty();
  const bool other_season = repeat && season >= 0 && seasons.count(season) == 0 && seasons.count(-1) == 0;
  seasons.insert(season);
  if (!repeat) return;
  if (other_season) {
    ++season_restarts;
  } else {
    problems.push_back("itunes:episode " + std::to_string(*episode.number) + " repeats an earlier item's" +
                       (season >= 0 ? " in season " + std::to_string(season) : std::string()) + "; number dropped");
  }
  episode.number.reset();
}

}  // namespace

void read_items(const std::vector<xmlNode*>& items, const ItemReader& reader, const ChannelContext& context,
                const char* container, const char* element, FeedParseResult& result) {
  std::set<std::string> seen_guids;
  std::map<int, std::set<int>> seen_numbers;  // episode number -> the seasons it was seen in (-1: none)
  std::size_t season_restarts = 0, blocked = 0;
  int index = 0;
  for (const xmlNode* item : items) {
    ++index;
    Episode episode;
    std::vector<std::string> problems;
    ItemRead read = reader(item, context, episode, problems);
    if (read != ItemRead::kSkipped && !seen_guids.insert(episode.guid).second) {
      problems.push_back("duplicate guid \"" + episode.guid + "\"; the earlier item is kept");
      read = ItemRead::kSkipped;
    }
    if (read != ItemRead::kSkipped && episode.number) check_number(episode, seen_numbers, season_restarts, problems);
    for (const std::string& problem : problems) result.warnings.push_back(item_label(index, episode) + problem);
    if (read == ItemRead::kKept) result.podcast.episodes.push_back(std::move(episode));
    if (read == ItemRead::kBlocked) {
      ++blocked;
      result.blocked_episode_ids.push_back(episode_id(result.podcast, episode));
    }
  }
  if (index == 0) {
    result.warnings.push_back(std::string("feed: the ") + container + " has no " + element + " elements; no episodes");
    if (result.maybe_incomplete.empty()) result.maybe_incomplete = "it has no items";
  }
  if (season_restarts > 0) {
    result.warnings.push_back("feed: episode numbers restart each season; the " + std::to_string(season_restarts) +
                              " items whose number an earlier season has keep their season, not their number "
                              "(podseek numbers episodes across the podcast)");
  }
  if (blocked > 0) {
    result.warnings.push_back("feed: " + std::to_string(blocked) + (blocked == 1 ? " item has" : " items have") +
                              " itunes:block \"yes\" (not to be listed); not indexed, and removed if indexed before");
  }
}

void note_document_problems(const xml::ParsedXml& parsed, FeedParseResult& result) {
  if (parsed.syntax_error) {
    result.warnings.push_back("feed: not well-formed XML, read what could be recovered (" + parsed.problem + ")");
    result.maybe_incomplete = "its XML is not well-formed";
  } else if (!parsed.problem.empty()) {  // namespaces only: nothing is lost
    result.warnings.push_back("feed: a namespace prefix is not declared (" + parsed.problem +
                              "); itunes:, podcast: and the other common prefixes are read as their usual namespaces");
  }
  for (const std::string& notice : parsed.notices) result.warnings.push_back("feed: " + notice);
}

void note_unfetched(const ChannelContext& context, FeedParseResult& result) {
  if (context.not_fetched == 0) return;
  result.warnings.push_back("feed: " + std::to_string(context.not_fetched) + " linked chapters and transcript files not fetched (" +
                            (context.options.offline ? "--offline" : "--no-transcripts") + ")");
}

}  // namespace podseek
