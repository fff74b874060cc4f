// podseek-server: serves the search API and the web page for one index.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "common/status.hpp"
#include "search-server/http/cors.hpp"
#include "search-server/http/http_server.hpp"

namespace {

constexpr const char* kUsage =
    "usage: podseek-server --db DIR [--host 127.0.0.1] [--port 8080] [--web DIR]\n"
    "                      [--synonyms FILE] [--deep-link TEMPLATE] [--allow-origin ORIGIN]...\n"
    "                      [--threads N]\n"
    "  --port 0 takes a free port. Prints 'listening on http://HOST:PORT' once it accepts requests.\n"
    "  --deep-link overrides every podcast's template; placeholders {episode} {seconds} {hms} {url}.\n"
    "  --allow-origin lets pages of that origin (scheme://host[:port]) call /api/* and load embed.js;\n"
    "    repeat it for each origin. None by default: no cross-origin access.\n";

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "podseek-server: " << message << "\n" << kUsage;
  std::exit(2);
}

int to_int(const std::string& flag, const std::string& text, int min, int max) {
  try {
    std::size_t used = 0;
    int value = std::stoi(text, &used);
    if (used == text.size() && value >= min && value <= max) return value;
  } catch (const std::exception&) {
  }
  usage_error(flag + " must be a number from " + std::to_string(min) + " to " + std::to_string(max));
}

podseek::ServerOptions parse_args(int argc, char** argv) {
  podseek::ServerOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") {
      std::cout << kUsage;
      std::exit(0);
    }
    if (i + 1 >= argc) usage_error(flag + " needs a value");
    std::string value = argv[++i];
    if (flag == "--db") options.db_path = value;
    else if (flag == "--host") options.host = value;
    else if (flag == "--port") options.port = to_int(flag, value, 0, 65535);
    else if (flag == "--web") options.web_dir = value;
    else if (flag == "--synonyms") options.synonyms_path = value;
    else if (flag == "--deep-link") options.deep_link_template = value;
    else if (flag == "--allow-origin") {
      auto origin = podseek::parse_origin(value);
      if (!origin) usage_error(origin.error().message);
      options.allow_origins.push_back(origin.value());
    }
    else if (flag == "--threads") options.threads = to_int(flag, value, 1, 256);
    else usage_error("unknown option " + flag);
  }
  if (options.db_path.empty()) usage_error("--db is required");
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  podseek::ServerOptions options = parse_args(argc, argv);
  try {
    podseek::HttpServer server(options);
    int port = server.bind();
    if (port < 0) {
      std::cerr << "podseek-server: cannot listen on " << options.host << ":" << options.port << "\n";
      return 1;
    }
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
    return server.listen() ? 0 : 1;
  } catch (const podseek::InputError& e) {
    std::cerr << "podseek-server: " << e.what() << "\n";
    return 1;
  }
}
