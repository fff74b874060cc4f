// The server's options from defaults, a TOML file and the command line (see server_config.hpp).
#include "search-server/http/server_config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>

#include "common/status.hpp"
#include "search-server/http/cors.hpp"

namespace podseek {
namespace {

// An option's setter: applies a text value, or returns what is wrong with it.
using Setter = std::function<std::optional<std::string>(ServerOptions&, const std::string&)>;

struct OptionSpec {
  std::string_view name;
  bool repeated;  // a list: the file gives an array, the command line repeats the option
  Setter set;
  std::vector<std::string> ServerOptions::*list = nullptr;  // the list a repeated option fills
};

std::optional<std::string> to_int(const std::string& text, int min, int max, int& out) {
  try {
    std::size_t used = 0;
    int value = std::stoi(text, &used);
    if (used == text.size() && value >= min && value <= max) {
      out = value;
      return std::nullopt;
    }
  } catch (const std::exception&) {
  }
  return "must be a number from " + std::to_string(min) + " to " + std::to_string(max);
}

std::optional<std::string> to_bool(const std::string& text, bool& out) {
  if (text == "true" || text == "on") out = true;
  else if (text == "false" || text == "off") out = false;
  else return "must be true or false (on or off)";
  return std::nullopt;
}

// parse_origin's message without the option name it starts with ("\"x\": no scheme ...").
std::optional<std::string> origin_problem(const std::string& text, std::string& out) {
  auto origin = parse_origin(text);
  if (origin) {
    out = origin.value();
    return std::nullopt;
  }
  std::string message = origin.error().message;
  constexpr std::string_view kPrefix = "--allow-origin ";
  return message.rfind(kPrefix, 0) == 0 ? message.substr(kPrefix.size()) : message;
}

// What is wrong with an accent colour: "#rrggbb" whose contrast with white (WCAG) is at least
// kMinAccentContrast, since the page writes links in it and white text on it.
std::optional<std::string> accent_problem(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  if (text.size() != 7 || text[0] != '#' || !std::all_of(text.begin() + 1, text.end(), hex)) {
    return "must be a colour written #rrggbb, such as #6d28d9";
  }
  double luminance = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    double c = std::stoi(text.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    c = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    luminance += weights[i] * c;
  }
  const double contrast = 1.05 / (luminance + 0.05);
  if (contrast >= kMinAccentContrast) return std::nullopt;
  char shown[16];
  std::snprintf(shown, sizeof shown, "%.2f", contrast);
  return "has a contrast of " + std::string(shown) + ":1 with white; it must be at least 4.5:1 (a darker colour)";
}

Setter text_field(std::string ServerOptions::*field) {
  return [field](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
    o.*field = v;
    return std::nullopt;
  };
}

const std::vector<OptionSpec>& option_table() {
  static const std::vector<OptionSpec> table = {
      {"db", false, text_field(&ServerOptions::db_path)},
      {"host", false, text_field(&ServerOptions::host)},
      {"port", false, [](ServerOptions& o, const std::string& v) { return to_int(v, 0, 65535, o.port); }},
      {"web", false, text_field(&ServerOptions::web_dir)},
      {"synonyms", false, text_field(&ServerOptions::synonyms_path)},
      {"deep-link", false, text_field(&ServerOptions::deep_link_template)},
      {"allow-origin", true,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         std::string origin;
         if (auto problem = origin_problem(v, origin)) return problem;
         o.allow_origins.push_back(origin);
         return std::nullopt;
       },
       &ServerOptions::allow_origins},
      {"threads", false, [](ServerOptions& o, const std::string& v) { return to_int(v, 1, 256, o.threads); }},
      {"max-client-connections", false,
       [](ServerOptions& o, const std::string& v) { return to_int(v, 0, 100000, o.max_client_connections); }},
      {"shard-timeout", false,
       [](ServerOptions& o, const std::string& v) { return to_int(v, 10, 600000, o.shard_timeout_ms); }},
      {"shard-failure", false,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (v != "partial" && v != "strict") return "must be partial or strict";
         o.strict_shards = v == "strict";
         return std::nullopt;
       }},
      {"shard-connect-timeout", false,
       [](ServerOptions& o, const std::string& v) { return to_int(v, 10, 600000, o.shard_connect_timeout_ms); }},
      {"access-log", false, [](ServerOptions& o, const std::string& v) { return to_bool(v, o.access_log); }},
      {"public-url", false,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (v.empty()) return o.public_url.clear(), std::nullopt;
         return origin_problem(v, o.public_url);
       }},
      {"site-title", false,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (v.size() > kMaxSiteTitleBytes) return "must be at most " + std::to_string(kMaxSiteTitleBytes) + " bytes";
         o.site_title = v;
         return std::nullopt;
       }},
      {"site-accent", false,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (auto problem = accent_problem(v)) return problem;
         o.site_accent = v;
         return std::nullopt;
       }},
      {"site-logo", false,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (!v.empty() && (v.front() != '/' || v.starts_with("//") || v.find_first_of("\"<> ") != std::string::npos)) {
           return "must be a path on this site, such as /logo.svg (a file in the web folder)";
         }
         o.site_logo = v;
         return std::nullopt;
       }},
      {"site-example", true,
       [](ServerOptions& o, const std::string& v) -> std::optional<std::string> {
         if (v.empty() || v.size() > kMaxSiteExampleBytes) return "must be 1 to " + std::to_string(kMaxSiteExampleBytes) + " bytes";
         if (o.site_examples.size() >= kMaxSiteExampleCount) return "may be given at most " + std::to_string(kMaxSiteExampleCount) + " times";
         o.site_examples.push_back(v);
         return std::nullopt;
       },
       &ServerOptions::site_examples},
  };
  return table;
}

const OptionSpec* find_option(std::string_view name) {
  for (const auto& spec : option_table()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

// The installed web folder and synonyms (compiled in from CMAKE_INSTALL_FULL_DATADIR), when
// they exist: an installed server needs neither option; a build tree without them serves the API only.
void apply_installed_defaults(ServerOptions& options) {
  std::error_code ignored;
  if (std::filesystem::is_regular_file(PODSEEK_INSTALLED_WEB_DIR "/index.html", ignored)) {
    options.web_dir = PODSEEK_INSTALLED_WEB_DIR;
  }
  if (std::filesystem::is_regular_file(PODSEEK_INSTALLED_SYNONYMS, ignored)) {
    options.synonyms_path = PODSEEK_INSTALLED_SYNONYMS;
  }
}

// A TOML scalar as the text an option takes, or nullopt for a table, array or date.
std::optional<std::string> scalar_text(const toml::node& node) {
  if (auto text = node.value<std::string>(); text && node.is_string()) return *text;
  if (node.is_integer()) return std::to_string(node.as_integer()->get());
  if (node.is_boolean()) return node.as_boolean()->get() ? "true" : "false";
  return std::nullopt;
}

[[noreturn]] void config_error(const std::string& path, const toml::node& node, std::string_view key,
                               const std::string& message) {
  throw InputError(path + ":" + std::to_string(node.source().begin.line) + ": " + std::string(key) + ": " + message);
}

void apply_config_key(const std::string& path, std::string_view key, const toml::node& node, ServerOptions& options) {
  const OptionSpec* spec = find_option(key);
  if (!spec) config_error(path, node, key, "unknown option");
  std::vector<const toml::node*> values;
  if (const toml::array* list = node.as_array(); list && spec->repeated) {
    (options.*spec->list).clear();
    for (const auto& item : *list) values.push_back(&item);
  } else {
    values.push_back(&node);
  }
  for (const toml::node* value : values) {
    auto text = spec->repeated && !value->is_string() ? std::nullopt : scalar_text(*value);
    if (!text) config_error(path, *value, key, spec->repeated ? "must be a string or a list of strings" : "must be a string, number or boolean");
    if (auto problem = spec->set(options, *text)) config_error(path, *value, key, *problem);
  }
}

}  // namespace

std::vector<std::string_view> server_option_names() {
  std::vector<std::string_view> names;
  for (const auto& spec : option_table()) names.push_back(spec.name);
  return names;
}

void load_server_config(const std::string& path, ServerOptions& options) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw InputError(path + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  for (const auto& [key, node] : root) {
    if (key.str() != "server") config_error(path, node, key.str(), "unknown section (options go in [server])");
    const toml::table* server = node.as_table();
    if (!server) config_error(path, node, key.str(), "must be a table: [server]");
    for (const auto& [option, value] : *server) apply_config_key(path, option.str(), value, options);
  }
}

ServerCommandLine split_server_command_line(int argc, char** argv) {
  ServerCommandLine command_line;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") {
      command_line.help = true;
      continue;
    }
    if (flag.rfind("--", 0) != 0) throw UsageError("unexpected argument " + flag);
    if (i + 1 >= argc) throw UsageError(flag + " needs a value");
    std::string value = argv[++i];
    if (flag == "--config") command_line.config_path = value;
    else command_line.options.emplace_back(flag.substr(2), value);
  }
  return command_line;
}

ServerOptions resolve_server_options(const ServerCommandLine& command_line) {
  ServerOptions options;
  apply_installed_defaults(options);
  if (!command_line.config_path.empty()) load_server_config(command_line.config_path, options);
  std::set<std::string_view> lists_started;  // a repeated option on the command line replaces the file's list
  for (const auto& [name, value] : command_line.options) {
    const OptionSpec* spec = find_option(name);
    if (!spec) throw UsageError("unknown option --" + name);
    if (spec->repeated && lists_started.insert(spec->name).second) (options.*spec->list).clear();
    if (auto problem = spec->set(options, value)) throw UsageError("--" + name + " " + *problem);
  }
  if (options.db_path.empty()) throw UsageError("--db is required (on the command line or as db in the configuration)");
  return options;
}

}  // namespace podseek
