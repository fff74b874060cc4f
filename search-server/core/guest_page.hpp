// A guest's page: their episodes and spoken passages (Catalog::guest), and the chapters and
// transcript passages of any episode where their name is said, found by searching for it as a
// phrase (so they are analysed, highlighted and deep-linked exactly as search results are).
// Thread safety: a pure function of the catalog and searcher, which may be shared by threads.
#pragma once

#include <string>
#include <vector>

#include "common/status.hpp"
#include "search-server/core/catalog.hpp"
#include "search-server/core/searcher.hpp"

namespace podseek {

// A chapter or transcript passage that names the guest.
struct NamedMoment {
  std::string episode_id;
  std::optional<int> episode_number;
  std::string episode_title;
  std::string kind;  // "chapter" or "transcript"
  int start_seconds = 0;
  std::string speaker;    // transcript passages only; "" when unknown
  std::string text_html;  // escaped, the name in <mark>
  std::string deep_link;
  std::string podcast;
  std::string enclosure_url;  // "" when the episode has none: the page links out then
};

struct GuestPage {
  GuestEpisodes guest;
  std::vector<NamedMoment> named;  // episodes in search order, each one's chapters then passages

  static constexpr int kMaxNamedMoments = 50;
};

// NotFound when no episode has that guest; InvalidArgument for paging out of bounds.
Expected<GuestPage> guest_page(const Catalog& catalog, const Searcher& searcher, const std::string& name, int page,
                               int per_page);

}  // namespace podseek
