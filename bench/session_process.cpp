// Programs in sessions of their own, and loopback ports (see session_process.hpp).
#include "bench/session_process.hpp"

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

sockaddr_in loopback(int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return addr;
}

}  // namespace

int free_local_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error(std::string("cannot open a socket: ") + std::strerror(errno));
  sockaddr_in addr = loopback(0);
  socklen_t len = sizeof addr;
  const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                     ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  ::close(fd);
  if (!bound) throw std::runtime_error("cannot find a free port on 127.0.0.1");
  return ntohs(addr.sin_port);
}

bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr = loopback(port);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

void wait_until_listening(int port, const std::string& what, int timeout_ms) {
  for (int waited = 0; waited < timeout_ms && !accepts_connections(port); waited += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!accepts_connections(port)) {
    throw std::runtime_error(what + " did not listen on port " + std::to_string(port) + " within " +
                             std::to_string(timeout_ms) + " ms");
  }
}

SessionProcess::SessionProcess(std::vector<std::string> argv, std::vector<std::string> env)
    : argv_(std::move(argv)), env_(std::move(env)) {
  start();
}

SessionProcess::~SessionProcess() { stop(); }

void SessionProcess::start() {
  std::vector<char*> args, envp;
  for (auto& arg : argv_) args.push_back(arg.data());
  args.push_back(nullptr);
  for (char** e = environ; *e; ++e) envp.push_back(*e);
  for (auto& e : env_) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  const int failed = posix_spawn(&pid_, argv_[0].c_str(), &actions, &attr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (failed != 0) {
    pid_ = -1;
    throw std::runtime_error("cannot start " + argv_[0] + ": " + std::strerror(failed) +
                             " (xapian-tools installs the xapian programs)");
  }
}

void SessionProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(-pid_, SIGKILL);
  while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

void SessionProcess::pause() {
  if (pid_ > 0) ::kill(-pid_, SIGSTOP);
}

void SessionProcess::resume() {
  if (pid_ > 0) ::kill(-pid_, SIGCONT);
}

TcpServer::TcpServer(const std::string& database)
    : database_(database),
      port_(free_local_port()),
      process_({kTcpsrvPath, "--quiet", "--interface", "127.0.0.1", "--port", std::to_string(port_), database}) {
  wait_until_listening(port_, "xapian-tcpsrv for " + database_);
}

void TcpServer::start() {
  process_.start();
  wait_until_listening(port_, "xapian-tcpsrv for " + database_);
}

}  // namespace podseek::bench
