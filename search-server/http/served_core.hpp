// The search core as the server's handlers call it: the Searcher and the Catalog behind handles
// that SIGHUP can replace (new synonyms, a new deep-link template) while requests run, and each
// answered search counted in the metrics (its fallbacks as the core's typed result reports them).
// A request keeps the objects it started with until it ends.
// Thread safety: every method may be called from any thread at once, replace() included.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "search-server/core/catalog.hpp"
#include "search-server/core/searcher.hpp"
#include "search-server/http/metrics.hpp"
#include "search-server/http/server_options.hpp"

namespace podseek {

// A shared_ptr that one thread may replace while others read it.
template <class T>
class Swappable {
 public:
  explicit Swappable(std::shared_ptr<const T> value) : value_(std::move(value)) {}
  std::shared_ptr<const T> get() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return value_;
  }
  void replace(std::shared_ptr<const T> value) {
    std::lock_guard<std::mutex> lock(mutex_);
    value_.swap(value);  // the old one is released outside the lock, by `value`'s destructor
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const T> value_;
};

class ServedSearcher {
 public:
  ServedSearcher(std::shared_ptr<const Searcher> searcher, ServerMetrics& metrics)
      : searcher_(std::move(searcher)), metrics_(metrics) {}

  Expected<SearchResponse> search(const SearchRequest& request) const {
    auto response = searcher_.get()->search(request);
    if (response.ok()) metrics_.search_answered(response.value());
    return response;
  }
  void replace(std::shared_ptr<const Searcher> searcher) { searcher_.replace(std::move(searcher)); }
  // The searcher serving now, for core functions that search on a page's behalf (guest_page).
  std::shared_ptr<const Searcher> current() const { return searcher_.get(); }

 private:
  Swappable<Searcher> searcher_;
  ServerMetrics& metrics_;
};

class ServedCatalog {
 public:
  explicit ServedCatalog(std::shared_ptr<const Catalog> catalog) : catalog_(std::move(catalog)) {}

  Expected<EpisodeList> list_episodes(int page, int per_page) const {
    return catalog_.get()->list_episodes(page, per_page);
  }
  Expected<EpisodeDetail> episode(const std::string& id_or_number) const {
    return catalog_.get()->episode(id_or_number);
  }
  Expected<std::vector<PodcastInfo>> podcasts() const { return catalog_.get()->podcasts(); }
  Expected<PodcastPage> podcast(const std::string& id, int page, int per_page) const {
    return catalog_.get()->podcast(id, page, per_page);
  }
  std::shared_ptr<const Catalog> current() const { return catalog_.get(); }
  Expected<NamedList> guests(int page, int per_page) const { return catalog_.get()->guests(page, per_page); }
  Expected<NamedList> topics(int page, int per_page) const { return catalog_.get()->topics(page, per_page); }
  Expected<IndexHealth> health() const { return catalog_.get()->health(); }
  void replace(std::shared_ptr<const Catalog> catalog) { catalog_.replace(std::move(catalog)); }

 private:
  Swappable<Catalog> catalog_;
};

// The core objects for `options` (its synonyms file and deep-link template), reading `reader`,
// which must outlive them. Throws InputError when the synonyms file is unreadable or invalid.
std::shared_ptr<const Searcher> make_searcher(IndexReader& reader, const ServerOptions& options);
std::shared_ptr<const Catalog> make_catalog(IndexReader& reader, const ServerOptions& options);

}  // namespace podseek
