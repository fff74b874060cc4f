// Everything podseek-server can be told on its command line, with the defaults and limits
// it runs with.
// Thread safety: plain values, read-only once the server runs.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace podseek {

struct ServerOptions {
  std::string db_path;                     // required: the Xapian database, or a stub listing shards
  std::string host = "127.0.0.1";
  int port = 8080;                         // 0: any free port
  std::string web_dir;                     // "" = no web page, API only
  std::string synonyms_path;               // "" = no synonyms
  std::string deep_link_template;          // "" = each podcast's template from the index
  std::vector<std::string> allow_origins;  // CORS: origins allowed to call the API; none by default
  int threads = 8;                         // worker threads: requests answered at once
  int read_timeout_seconds = 5;            // per read of a request, once its header is whole
  int write_timeout_seconds = 5;
  int keep_alive_seconds = 5;              // an idle connection waits in the gate (no worker) this long
  int keep_alive_max_requests = 100;       // requests on one connection
  int max_client_connections = 256;        // open at once from one client address; 0: no cap (behind a proxy)
  std::size_t max_request_bytes = 64 * 1024;  // request bodies above this are refused (413)
  bool access_log = true;                  // one JSON line a request on stderr (server_log.hpp)
  std::string public_url;                  // origin for /opensearch.xml; "" = from the Host header
  // Remote shards (a stub's "remote HOST:PORT" lines): how long one may take to accept a
  // connection, and to answer each message once connected (Xapian::Remote::open).
  int shard_connect_timeout_ms = 2000;
  int shard_timeout_ms = 5000;
  bool strict_shards = false;  // --shard-failure strict: 503 instead of a partial answer
  // The web page's identity (GET /api/site); "" or empty = from the index (site_identity.hpp).
  std::string site_title;                  // at most kMaxSiteTitleBytes
  std::string site_accent;                 // "#rrggbb", at least 4.5:1 against white; "" = #6d28d9
  std::string site_logo;                   // a path on this site ("/logo.svg" in the web folder)
  std::vector<std::string> site_examples;  // example queries under the box, at most kMaxSiteExampleCount
};

inline constexpr std::size_t kMaxSiteTitleBytes = 100;
inline constexpr std::size_t kMaxSiteExampleBytes = 100;
inline constexpr std::size_t kMaxSiteExampleCount = 6;
inline constexpr double kMinAccentContrast = 4.5;  // WCAG AA for text, against white

}  // namespace podseek
