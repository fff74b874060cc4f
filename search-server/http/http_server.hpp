// The HTTP face of podseek: one route table mapping paths to thin handlers that parse the
// request, call the search core or catalog, and render JSON; one function mapping core errors
// to HTTP statuses. Limits (timeouts, request size, threads) come from ServerOptions; connections
// wait for their requests in a ConnectionGate, not on a worker.
// Thread safety: configure before listening; handlers run on httplib's worker threads.
#pragma once

#include <httplib.h>

#include <memory>

#include "search-server/core/catalog.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/searcher.hpp"
#include "search-server/http/connection_gate.hpp"
#include "search-server/http/server_options.hpp"
#include "search-server/core/suggester.hpp"

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

  httplib::Server& http() { return server_; }

 private:
  void add_routes();
  void configure_limits();

  ServerOptions options_;
  IndexReader reader_;
  Searcher searcher_;
  Catalog catalog_;
  Suggester suggester_;
  GatedServer server_;
};

}  // namespace podseek
