// podseek-server: serves the search API and the web page for one index, as a service: options
// from a configuration file and the command line, stop on SIGTERM, reload on SIGHUP.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "common/status.hpp"
#include "search-server/http/http_server.hpp"
#include "search-server/http/server_config.hpp"
#include "search-server/http/server_log.hpp"
#include "search-server/http/service_signals.hpp"

namespace {

constexpr const char* kUsage =
    "usage: podseek-server [--config FILE] --db DIR [--host 127.0.0.1] [--port 8080] [--web DIR]\n"
    "                      [--synonyms FILE] [--deep-link TEMPLATE] [--allow-origin ORIGIN]...\n"
    "                      [--threads N] [--max-client-connections N] [--access-log on|off] [--public-url ORIGIN]\n"
    "                      [--shard-timeout MS] [--shard-connect-timeout MS] [--shard-failure partial|strict]\n"
    "                      [--site-title TEXT] [--site-accent #RRGGBB] [--site-logo /PATH] [--site-example Q]...\n"
    "  --config reads the [server] table of a TOML file (keys: the option names without --);\n"
    "    options on the command line override it. SIGHUP re-reads both.\n"
    "  --db is an index folder, a sharded index's folder, or a stub file listing databases, one a\n"
    "    line: 'auto PATH' (local) or 'remote HOST:PORT' (xapian-tcpsrv), searched as one index.\n"
    "  --shard-timeout (default 5000) and --shard-connect-timeout (default 2000): milliseconds a\n"
    "    remote shard may take to answer each message, and to accept a connection. A shard that\n"
    "    fails is left out: searches answer 200 with \"partial\": true and \"missing_shards\" (or\n"
    "    503 with --shard-failure strict); it is tried again a second later.\n"
    "  --port 0 takes a free port. Prints 'listening on http://HOST:PORT' once it accepts requests.\n"
    "  --web and --synonyms default to the installed " PODSEEK_INSTALLED_WEB_DIR " and\n"
    "    " PODSEEK_INSTALLED_SYNONYMS " when they exist; --web '' serves the API only.\n"
    "  --deep-link overrides every podcast's template; placeholders {episode} {seconds} {hms} {url}.\n"
    "  --allow-origin lets pages of that origin (scheme://host[:port]) call /api/* and load embed.js;\n"
    "    repeat it for each origin. None by default: no cross-origin access.\n"
    "  --max-client-connections (default 256): connections one client address may hold open at once;\n"
    "    one more is answered 429 and closed. 0 lifts the cap (behind a proxy, all clients share one).\n"
    "  --access-log off stops the per-request JSON lines on stderr (on by default).\n"
    "  --public-url is the origin /opensearch.xml names (default: http:// and the Host header).\n"
    "  --site-title, --site-accent (4.5:1 against white at least), --site-logo (a file of --web) and\n"
    "    --site-example (repeat, up to 6) name the web page; by default the index's podcast title and\n"
    "    examples from its frequent title words, guests and topics (GET /api/site).\n"
    "  SIGTERM stops accepting, lets requests in flight finish and exits (within 10 s).\n";

int usage_error(const std::string& message) {
  std::cerr << "podseek-server: " << message << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  podseek::block_service_signals();
  podseek::ServerCommandLine command_line;
  podseek::ServerOptions options;
  try {
    command_line = podseek::split_server_command_line(argc, argv);
    if (command_line.help) {
      std::cout << kUsage;
      return 0;
    }
    options = podseek::resolve_server_options(command_line);
  } catch (const podseek::UsageError& e) {
    return usage_error(e.what());
  } catch (const podseek::InputError& e) {
    std::cerr << "podseek-server: " << e.what() << "\n";
    return 2;
  }
  try {
    podseek::HttpServer server(options);
    int port = server.bind();
    if (port < 0) {
      podseek::server_log::error("listen_failed", "cannot listen on " + options.host + ":" + std::to_string(options.port));
      return 1;
    }
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
    bool ok = podseek::serve_until_stopped(server, [&] { return podseek::resolve_server_options(command_line); });
    return ok ? 0 : 1;
  } catch (const podseek::InputError& e) {
    podseek::server_log::error("start_failed", e.what());
    return 1;
  }
}
