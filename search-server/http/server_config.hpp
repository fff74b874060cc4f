// Where podseek-server's options come from: the defaults of ServerOptions, the installed web
// folder and synonyms when they exist, then the [server] table of a TOML configuration file
// (--config FILE, e.g. /etc/podseek/podseek.conf, read with toml++), then the command line, which
// overrides the file. The file's keys are the long options without "--" (port = 8080,
// allow-origin = ["https://a.example"]). Options are applied by one table, so both sources accept
// exactly the same names and values.
// Thread safety: free functions; they touch only their arguments and the files named.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search-server/http/server_options.hpp"

namespace podseek {

// A bad command line: the message says which option and what was wrong (exit status 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ServerCommandLine {
  bool help = false;
  std::string config_path;                                    // "" = no configuration file
  std::vector<std::pair<std::string, std::string>> options;   // (name without "--", value), in order
};

// Splits argv into --config, --help and (name, value) pairs. Throws UsageError for an option
// without its value. Names are checked later, by resolve_server_options.
ServerCommandLine split_server_command_line(int argc, char** argv);

// The options the server runs with (see the header comment). Throws UsageError for a bad command
// line option and InputError ("FILE:LINE: KEY: what is wrong") for a bad or unreadable file.
// REQUIRES nothing of the files beyond readability; called again on SIGHUP to reload.
ServerOptions resolve_server_options(const ServerCommandLine& command_line);

// Reads FILE's [server] table over `options`. Throws InputError naming the file, line and key.
void load_server_config(const std::string& path, ServerOptions& options);

// The names every source accepts, for the usage text and the tests.
std::vector<std::string_view> server_option_names();

}  // namespace podseek
