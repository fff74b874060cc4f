// A guest's page (see guest_page.hpp).
#include "search-server/core/guest_page.hpp"

#include <algorithm>

namespace podseek {
namespace {

// The name as a phrase query: quotes inside it would end the phrase, so they become spaces.
std::string phrase_of(const std::string& name) {
  std::string text = name;
  std::replace(text.begin(), text.end(), '"', ' ');
  return "\"" + text + "\"";
}

void add_moments(const EpisodeHit& hit, std::vector<NamedMoment>& out) {
  for (const auto& chapter : hit.chapters) {
    if (out.size() >= GuestPage::kMaxNamedMoments) return;
    out.push_back({hit.id, hit.episode.number, hit.episode.title, "chapter", chapter.start_seconds, "",
                   chapter.title_html, chapter.deep_link, hit.podcast, hit.episode.enclosure_url});
  }
  for (const auto& segment : hit.transcript) {
    if (out.size() >= GuestPage::kMaxNamedMoments) return;
    out.push_back({hit.id, hit.episode.number, hit.episode.title, "transcript", segment.start_seconds,
                   segment.speaker, segment.text_html, segment.deep_link, hit.podcast, hit.episode.enclosure_url});
  }
}

}  // namespace

Expected<GuestPage> guest_page(const Catalog& catalog, const Searcher& searcher, const std::string& name, int page,
                               int per_page) {
  auto guest = catalog.guest(name, page, per_page);
  if (!guest.ok()) return guest.error();
  GuestPage out{std::move(guest.value()), {}};
  SearchRequest request;
  request.query = phrase_of(out.guest.name);
  request.per_page = SearchLimits::kMaxPerPage;
  request.facet_limit = 1;
  auto found = searcher.search(request);
  if (!found.ok()) return found.error();
  // Only the phrase as typed: a spelling correction or any-word fallback would name someone else.
  if (found.value().corrected_query || !found.value().matched_all_words) return out;
  for (const auto& hit : found.value().results) add_moments(hit, out.named);
  return out;
}

}  // namespace podseek
