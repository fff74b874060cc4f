// The HTTP face of podseek: one route table mapping paths to thin handlers that parse the
// request, call the search core or catalog, and render JSON; one function mapping core errors
// to HTTP statuses. Limits (timeouts, request size, threads) come from ServerOptions; connections
// wait for their requests in a ConnectionGate, not on a worker.
// Thread safety: configure before listening; handlers run on httplib's worker threads.
#pragma once

#include <httplib.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "search-server/core/catalog.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/related_episodes.hpp"
#include "search-server/core/searcher.hpp"
#include "search-server/core/site_identity.hpp"
#include "search-server/core/suggester.hpp"
#include "search-server/http/connection_gate.hpp"
#include "search-server/http/metrics.hpp"
#include "search-server/http/served_core.hpp"
#include "search-server/http/server_options.hpp"

namespace podseek {

class HttpServer {
 public:
  // Throws InputError when the synonyms file is unreadable or invalid.
  explicit HttpServer(ServerOptions options);

  // Binds to options.host:options.port (0 = any free port). Returns the bound port, or -1.
  int bind();
  // Serves until stop(). REQUIRES: bind() succeeded.
  bool listen();
  void stop();

  // Applies what can change while serving (synonyms, deep-link template, access log) from
  // `fresh`, e.g. the options re-read on SIGHUP (http_server_reload.cpp). Returns one note per
  // changed option that needs a restart. Throws InputError, changing nothing, when the new
  // synonyms file is unreadable or invalid. Safe while requests run.
  std::vector<std::string> reload(const ServerOptions& fresh);

  httplib::Server& http() { return server_; }
  const ServerMetrics& metrics() const { return metrics_; }

 private:
  void add_routes();
  void add_operations_routes();
  void configure_limits();
  bool page_exists(std::string_view kind, const std::string& key) const;

  ServerOptions options_;
  IndexReader reader_;
  ServerMetrics metrics_;
  ServedSearcher searcher_;
  ServedCatalog catalog_;
  Suggester suggester_;
  RevisionCache<SiteDefaults> site_defaults_;  // GET /api/site's defaults, per index revision
  RelatedEpisodes related_;
  std::atomic<bool> access_log_on_;
  GatedServer server_;
};

}  // namespace podseek
