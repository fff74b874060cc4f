// HTTP load with wrk (see http_load.hpp).
#include "bench/http_load.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>

#include "bench/beside_clients.hpp"
#include "bench/child_process.hpp"

namespace podseek::bench {
namespace {

std::string percent_encoded(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string lua_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Cycles the paths; prints one machine-readable line when wrk is done.
std::string lua_script(const std::vector<BenchQuery>& queries) {
  std::ostringstream lua;
  lua << "local paths = {\n";
  for (const auto& q : queries) lua << "  " << lua_string(search_path(q)) << ",\n";
  lua << "}\n"
         "local i = 0\n"
         "function setup(thread) thread:set(\"start\", math.random(#paths)) end\n"
         "function init(args) i = start or 0 end\n"
         "function request()\n"
         "  i = i % #paths + 1\n"
         "  return wrk.format(\"GET\", paths[i])\n"
         "end\n"
         "function done(summary, latency, requests)\n"
         "  local e = summary.errors\n"
         "  io.write(string.format(\"BENCH %d %d %d %d %d %d %d %d %d %d\\n\", summary.requests, summary.duration,\n"
         "    latency:percentile(50), latency:percentile(99),\n"
         "    e.status + e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.status, e.timeout))\n"
         "end\n";
  return lua.str();
}

// User + system CPU seconds the process has used so far (/proc/PID/stat), 0 when unreadable.
double process_cpu_seconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto after_name = stat.rfind(')');  // the command name may hold spaces
  if (after_name == std::string::npos) return 0;
  std::istringstream fields(stat.substr(after_name + 2));
  std::string skipped;
  for (int field = 3; field < 14; ++field) fields >> skipped;  // state ... cmajflt
  unsigned long long user = 0, system = 0;
  fields >> user >> system;  // fields 14 and 15 (utime, stime), in clock ticks
  return static_cast<double>(user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct Server {
  pid_t pid = -1;
  int port = -1;
  std::string note;
};

// Starts the server and waits (at most 60 s) for its "listening on http://HOST:PORT" line.
Server start_server(const HttpLoadOptions& o) {
  Server server;
  int fds[2];
  if (pipe(fds) != 0) return {-1, -1, "pipe failed"};
  std::vector<std::string> args = {o.server_path, "--db", o.db_path, "--host", "127.0.0.1", "--port", "0",
                                   "--threads", std::to_string(o.server_threads),
                                   "--access-log", "off"};  // measured without a line per request
  if (!o.synonyms_path.empty()) {
    args.push_back("--synonyms");
    args.push_back(o.synonyms_path);
  }
  server.pid = fork();
  if (server.pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  std::string seen;
  pollfd pfd{fds[0], POLLIN, 0};
  while (seen.find('\n') == std::string::npos && poll(&pfd, 1, 60000) > 0) {
    char buffer[256];
    ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n <= 0) break;
    seen.append(buffer, static_cast<std::size_t>(n));
  }
  close(fds[0]);  // the server's later output goes nowhere (it prints nothing more)
  auto colon = seen.rfind(':');
  if (seen.rfind("listening on", 0) == 0 && colon != std::string::npos) {
    server.port = std::atoi(seen.c_str() + colon + 1);
  } else {
    server.note = "podseek-server did not start: " + seen;
  }
  return server;
}

void stop_server(Server& server) {
  if (server.pid <= 0) return;
  kill(server.pid, SIGTERM);
  int status = 0;
  waitpid(server.pid, &status, 0);
  server.pid = -1;
}

// One wrk run; nullopt-like (connections = 0) when wrk failed.
HttpLevel run_wrk(const std::string& script, int port, int connections, int seconds, std::string& note) {
  HttpLevel level;
  int threads = std::min(2, connections);
  std::string command = "timeout -s KILL " + std::to_string(seconds + 30) + " wrk -t" + std::to_string(threads) +
                        " -c" + std::to_string(connections) + " -d" + std::to_string(seconds) +
                        "s --timeout 10s -s '" + script + "' http://127.0.0.1:" + std::to_string(port) + "/ 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    note = "cannot run wrk";
    return level;
  }
  std::string output;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe)) output += buffer;
  pclose(pipe);
  auto at = output.find("BENCH ");
  if (at == std::string::npos) {
    note = "wrk gave no result: " + output.substr(0, 300);
    return level;
  }
  long requests = 0, duration_us = 0, p50_us = 0, p99_us = 0, errors = 0;
  long connect = 0, read = 0, write = 0, status = 0, timeout = 0;
  std::istringstream in(output.substr(at + 6));
  in >> requests >> duration_us >> p50_us >> p99_us >> errors >> connect >> read >> write >> status >> timeout;
  if (errors > 0) {  // which kind, for the report
    note += (note.empty() ? "" : "; ") + std::to_string(connections) + " connections: " + std::to_string(errors) +
            " errors (connect " + std::to_string(connect) + ", read " + std::to_string(read) + ", write " +
            std::to_string(write) + ", non-2xx " + std::to_string(status) + ", timeout " + std::to_string(timeout) + ")";
  }
  level.connections = connections;
  level.requests = requests;
  level.errors = errors;
  level.requests_per_second = duration_us > 0 ? requests * 1e6 / duration_us : 0;
  level.p50_ms = p50_us / 1000.0;
  level.p99_ms = p99_us / 1000.0;
  return level;
}

}  // namespace

std::string search_path(const BenchQuery& query) {
  std::string path = "/api/search?q=" + percent_encoded(query.podseek_text());
  if (query.partial) path += "&partial=1";
  if (!query.guest.empty()) path += "&guest=" + percent_encoded(query.guest);
  return path;
}

HttpFigures measure_http(const HttpLoadOptions& options, const std::vector<BenchQuery>& queries) {
  HttpFigures figures;
  figures.server_threads = options.server_threads;
  figures.seconds_per_level = options.seconds;
  if (std::system("command -v wrk >/dev/null 2>&1") != 0) {
    figures.note = "wrk is not installed";
    return figures;
  }
  std::string script = options.work_dir + "/queries.lua";
  std::ofstream(script) << lua_script(queries);
  Server server = start_server(options);
  if (server.port <= 0) {
    stop_server(server);
    figures.note = server.note;
    return figures;
  }
  std::string note;
  run_wrk(script, server.port, 8, 1, note);  // warm-up: per-thread database handles, page cache
  std::unique_ptr<BesideClients> beside;
  if (options.idle_connections > 0) beside = std::make_unique<BesideClients>(server.port, options.idle_connections);
  for (int connections : options.connections) {
    const double cpu_before = process_cpu_seconds(server.pid);
    HttpLevel level = run_wrk(script, server.port, connections, options.seconds, note);
    if (level.connections == 0) break;
    if (level.requests > 0) {
      level.server_cpu_ms_per_request = (process_cpu_seconds(server.pid) - cpu_before) * 1000.0 / level.requests;
    }
    figures.levels.push_back(level);
  }
  if (beside) {
    note += (note.empty() ? "" : "; ") + std::to_string(options.idle_connections) +
            " idle and slow connections beside the load (half each), " + std::to_string(beside->open_now()) +
            " open at the end, " + std::to_string(beside->reopened()) + " reopened after the server closed them";
    beside.reset();
  }
  figures.server_peak_rss_kb = proc_status_kb(server.pid, "VmHWM");
  stop_server(server);
  figures.ran = !figures.levels.empty();
  figures.note = note;
  return figures;
}

}  // namespace podseek::bench
