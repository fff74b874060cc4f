// The server's options from a TOML file and the command line (server_config.hpp).
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "common/status.hpp"
#include "search-server/http/server_config.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

ServerCommandLine command_line(std::initializer_list<std::string> args) {
  std::vector<std::string> strings = {"podseek-server"};
  strings.insert(strings.end(), args);
  std::vector<char*> argv;
  for (auto& s : strings) argv.push_back(s.data());
  return split_server_command_line(static_cast<int>(argv.size()), argv.data());
}

// The InputError message load_server_config throws for `text`, or "" when it loads.
std::string config_error(const std::string& text) {
  testing::TempDir dir;
  std::string path = dir.write("podseek.conf", text);
  ServerOptions options;
  try {
    load_server_config(path, options);
  } catch (const InputError& e) {
    std::string message = e.what();
    REQUIRE(message.rfind(path + ":", 0) == 0);  // every message starts with the file
    return message.substr(path.size());
  }
  return "";
}

}  // namespace

TEST_CASE("A configuration file sets every option the command line has", "[config]") {
  testing::TempDir dir;
  std::string path = dir.write("podseek.conf", R"([server]
db = "/var/lib/podseek/index"
host = "0.0.0.0"
port = 9090
web = "/srv/web"
synonyms = "/srv/synonyms.json"
deep-link = "https://example.org/{episode}?t={seconds}"
allow-origin = ["https://a.example", "https://B.example:8443/"]
threads = 4
max-client-connections = 0
access-log = false
public-url = "https://search.example"
site-title = "Example Radio"
site-accent = "#0b6e4f"
site-logo = "/logo.svg"
site-example = ["route leak", "guest:\"Ada Green\""]
shard-timeout = 700
shard-connect-timeout = 300
shard-failure = "strict"
)");
  ServerOptions options = resolve_server_options(command_line({"--config", path}));
  CHECK(options.db_path == "/var/lib/podseek/index");
  CHECK(options.host == "0.0.0.0");
  CHECK(options.port == 9090);
  CHECK(options.web_dir == "/srv/web");
  CHECK(options.synonyms_path == "/srv/synonyms.json");
  CHECK(options.deep_link_template == "https://example.org/{episode}?t={seconds}");
  CHECK(options.allow_origins == std::vector<std::string>{"https://a.example", "https://b.example:8443"});
  CHECK(options.threads == 4);
  CHECK(options.max_client_connections == 0);
  CHECK_FALSE(options.access_log);
  CHECK(options.public_url == "https://search.example");
  CHECK(options.site_title == "Example Radio");
  CHECK(options.site_accent == "#0b6e4f");
  CHECK(options.site_logo == "/logo.svg");
  CHECK(options.site_examples == std::vector<std::string>{"route leak", "guest:\"Ada Green\""});
  // The file's keys are the option names: a name the command line lacks would be a key the file lacks.
  CHECK(options.shard_timeout_ms == 700);
  CHECK(options.shard_connect_timeout_ms == 300);
  CHECK(options.strict_shards);
  CHECK(server_option_names().size() == 18);
}

TEST_CASE("Command-line options override the configuration file, lists included", "[config]") {
  testing::TempDir dir;
  std::string path = dir.write("podseek.conf",
                               "[server]\ndb = \"/from/file\"\nport = 9090\nallow-origin = [\"https://a.example\"]\n");
  ServerOptions options = resolve_server_options(
      command_line({"--port", "0", "--config", path, "--allow-origin", "https://c.example"}));
  CHECK(options.db_path == "/from/file");
  CHECK(options.port == 0);
  CHECK(options.allow_origins == std::vector<std::string>{"https://c.example"});
  CHECK(resolve_server_options(command_line({"--config", path})).allow_origins.size() == 1);
}

TEST_CASE("A bad value in the configuration names the file, the line and the key", "[config]") {
  CHECK(config_error("[server]\ndb = \"x\"\nport = 70000\n") == ":3: port: must be a number from 0 to 65535");
  CHECK(config_error("[server]\nport = \"eighty\"\n") == ":2: port: must be a number from 0 to 65535");
  CHECK(config_error("[server]\n\nthreads = 0\n") == ":3: threads: must be a number from 1 to 256");
  CHECK(config_error("[server]\nmax-client-connections = -1\n") ==
        ":2: max-client-connections: must be a number from 0 to 100000");
  CHECK(config_error("[server]\nshard-failure = \"maybe\"\n") == ":2: shard-failure: must be partial or strict");
  CHECK(config_error("[server]\naccess-log = \"maybe\"\n") == ":2: access-log: must be true or false (on or off)");
  CHECK(config_error("[server]\nallow-origin = [\"https://a.example\", \"*\"]\n").rfind(":2: allow-origin: ", 0) == 0);
  CHECK(config_error("[server]\nallow-origin = [1]\n") == ":2: allow-origin: must be a string or a list of strings");
  CHECK(config_error("[server]\nweb = [\"a\"]\n") == ":2: web: must be a string, number or boolean");
  CHECK(config_error("[server]\nprot = 8080\n") == ":2: prot: unknown option");
  CHECK(config_error("port = 8080\n") == ":1: port: unknown section (options go in [server])");
  CHECK(config_error("[server]\ndb = \"x\"\n") == "");
}

TEST_CASE("A configuration file that is not TOML is an error naming its line", "[config]") {
  CHECK(config_error("[server]\ndb = \"x\"\nport = = 1\n").rfind(":3: ", 0) == 0);
  CHECK(config_error("[server\n").rfind(":1: ", 0) == 0);
}

TEST_CASE("A missing configuration file is an error naming it", "[config]") {
  ServerOptions options;
  CHECK_THROWS_WITH(load_server_config("/nonexistent/podseek.conf", options),
                    Catch::Contains("/nonexistent/podseek.conf"));
}

TEST_CASE("The command line is checked option by option", "[config]") {
  CHECK_THROWS_WITH(resolve_server_options(command_line({"--db", "x", "--port", "-1"})),
                    "--port must be a number from 0 to 65535");
  CHECK_THROWS_WITH(resolve_server_options(command_line({"--db", "x", "--colour", "red"})), "unknown option --colour");
  CHECK_THROWS_WITH(command_line({"--db"}), "--db needs a value");
  CHECK_THROWS_WITH(resolve_server_options(command_line({"--port", "1"})), Catch::StartsWith("--db is required"));
  CHECK(command_line({"--help"}).help);
  CHECK(resolve_server_options(command_line({"--db", "x", "--web", ""})).web_dir.empty());
}

TEST_CASE("The packaged /etc/podseek/podseek.conf loads and points at the state directory", "[config]") {
  ServerOptions options;
  load_server_config(std::string(PODSEEK_SOURCE_DIR) + "/packaging/podseek.conf", options);
  CHECK(options.db_path == "/var/lib/podseek/index");
  CHECK(options.host == "127.0.0.1");
  CHECK(options.port == 8080);
}

TEST_CASE("The site options are checked: a readable accent, a logo on the site, bounded examples", "[config]") {
  CHECK(config_error("[server]\nsite-accent = \"#fff000\"\n") ==
        ":2: site-accent: has a contrast of 1.19:1 with white; it must be at least 4.5:1 (a darker colour)");
  CHECK(config_error("[server]\nsite-accent = \"purple\"\n") == ":2: site-accent: must be a colour written #rrggbb, such as #6d28d9");
  CHECK(config_error("[server]\nsite-accent = \"#6d28d9\"\n") == "");
  CHECK(config_error("[server]\nsite-logo = \"https://cdn.example/logo.png\"\n") ==
        ":2: site-logo: must be a path on this site, such as /logo.svg (a file in the web folder)");
  CHECK(config_error("[server]\nsite-logo = \"//cdn.example/logo.png\"\n").find("must be a path on this site") != std::string::npos);
  CHECK(config_error("[server]\nsite-title = \"" + std::string(101, 'x') + "\"\n") == ":2: site-title: must be at most 100 bytes");
  CHECK(config_error("[server]\nsite-example = [\"\"]\n") == ":2: site-example: must be 1 to 100 bytes");
  CHECK(config_error("[server]\nsite-example = [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"]\n") ==
        ":2: site-example: may be given at most 6 times");
  // The command line replaces the file's list, as for allow-origin.
  testing::TempDir dir;
  std::string path = dir.write("podseek.conf", "[server]\ndb = \"x\"\nsite-example = [\"a\", \"b\"]\n");
  CHECK(resolve_server_options(command_line({"--config", path, "--site-example", "c"})).site_examples ==
        std::vector<std::string>{"c"});
  CHECK_THROWS_WITH(resolve_server_options(command_line({"--db", "x", "--site-accent", "#ffffff"})),
                    Catch::StartsWith("--site-accent has a contrast of 1.00:1"));
}
