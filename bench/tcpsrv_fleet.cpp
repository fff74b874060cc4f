// xapian-tcpsrv processes for the shards benchmark (see tcpsrv_fleet.hpp).
#include "bench/tcpsrv_fleet.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace podseek::bench {
namespace {

constexpr int kListenWaitMs = 10000;

sockaddr_in loopback(int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return addr;
}

// A port nobody listens on now (the kernel's choice for port 0).
int free_local_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = loopback(0);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = loopback(port);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// xapian-tcpsrv in a session of its own, stdin, stdout and stderr on /dev/null.
pid_t start_tcpsrv(const std::string& database, int port) {
  std::vector<std::string> argv = {kTcpsrvPath, "--quiet", "--interface", "127.0.0.1", "--port", std::to_string(port),
                                   database};
  std::vector<char*> args;
  for (auto& arg : argv) args.push_back(arg.data());
  args.push_back(nullptr);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);  // notes on every closed connection
  pid_t pid = -1;
  int failed = posix_spawn(&pid, kTcpsrvPath, &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (failed != 0) throw std::runtime_error(std::string("cannot start xapian-tcpsrv (install xapian-tools): ") + std::strerror(failed));
  return pid;
}

void wait_until_listening(int port, const std::string& database) {
  for (int waited = 0; waited < kListenWaitMs && !accepts_connections(port); waited += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!accepts_connections(port)) {
    throw std::runtime_error("xapian-tcpsrv for " + database + " did not listen on port " + std::to_string(port));
  }
}

}  // namespace

TcpsrvFleet::TcpsrvFleet(const std::vector<std::string>& databases) {
  try {
    for (const auto& database : databases) {
      ports_.push_back(free_local_port());
      sessions_.push_back(start_tcpsrv(database, ports_.back()));
      wait_until_listening(ports_.back(), database);
    }
  } catch (...) {
    stop_all();
    throw;
  }
}

TcpsrvFleet::~TcpsrvFleet() { stop_all(); }

void TcpsrvFleet::stop_all() {
  for (pid_t session : sessions_) {
    ::kill(-session, SIGKILL);
    while (::waitpid(session, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  sessions_.clear();
}

std::string TcpsrvFleet::stub_text(const std::string& local_dictionary) const {
  std::string text = "auto " + local_dictionary + "\n";
  for (int port : ports_) text += "remote 127.0.0.1:" + std::to_string(port) + "\n";
  return text;
}

}  // namespace podseek::bench
