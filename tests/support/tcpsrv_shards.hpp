// Real xapian-tcpsrv processes (Debian's xapian-tools) serving shards on 127.0.0.1 for tests
// (and the replication programs, in sessions of their own the same way):
// each started in a session of its own (xapian-tcpsrv forks a child per connection; the whole
// session is killed with it, and a signal to one server never reaches another), on a free
// port, and waited for until it accepts connections. Killed (SIGKILL to the session) and reaped
// when the TcpServer goes away, even when a check failed.
// Thread safety: one owning thread per TcpServer.
#pragma once

#include <arpa/inet.h>
#include <chrono>
#include <memory>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace podseek::testing {

inline constexpr const char* kTcpsrvPath = "/usr/bin/xapian-tcpsrv";

// A port nobody listens on now (the kernel's choice for port 0).
inline int free_local_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

inline bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// A program in a session of its own (posix_spawn with POSIX_SPAWN_SETSID, stdin, stdout and
// stderr on /dev/null): stop() kills the whole session, so the children it forked go too.
class SessionProcess {
 public:
  explicit SessionProcess(std::vector<std::string> argv, std::vector<std::string> env = {})
      : argv_(std::move(argv)), env_(std::move(env)) {
    start();
  }
  ~SessionProcess() { stop(); }
  SessionProcess(const SessionProcess&) = delete;
  SessionProcess& operator=(const SessionProcess&) = delete;

  void start() {
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
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);  // e.g. notes on closed connections
    int failed = posix_spawn(&pid_, argv_[0].c_str(), &actions, &attr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (failed != 0) {
      pid_ = -1;
      throw std::runtime_error("cannot start " + argv_[0] + " (install xapian-tools)");
    }
  }
  // SIGKILL to the program and everything it forked; then waits for the program.
  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  // The whole session stopped (SIGSTOP: a hung server) or continued (SIGCONT).
  void pause() { ::kill(-pid_, SIGSTOP); }
  void resume() { ::kill(-pid_, SIGCONT); }

 private:
  std::vector<std::string> argv_;
  std::vector<std::string> env_;
  pid_t pid_ = -1;
};

// Waits up to 5 s for 127.0.0.1:port to accept connections.
inline void wait_until_listening(int port, const std::string& what) {
  for (int i = 0; i < 500 && !accepts_connections(port); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (!accepts_connections(port)) throw std::runtime_error(what + " did not listen on port " + std::to_string(port));
}

// xapian-tcpsrv serving one database on a free port of 127.0.0.1.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db)
      : port_(free_local_port()),
        process_({kTcpsrvPath, "--quiet", "--interface", "127.0.0.1", "--port", std::to_string(port_), db}) {
    wait_until_listening(port_, "xapian-tcpsrv");
  }

  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  void stop() { process_.stop(); }
  // Starts again on the same port (after stop()).
  void start() {
    process_.start();
    wait_until_listening(port_, "xapian-tcpsrv");
  }
  void pause() { process_.pause(); }
  void resume() { process_.resume(); }

 private:
  int port_;
  SessionProcess process_;
};

// Every shard of a sharded index folder (shard_layout.hpp) behind its own xapian-tcpsrv, and the
// stub that searches them with the folder's dictionary local: what a search node is given.
class RemoteShards {
 public:
  // folder: an index written with --shards; shard_names: its shard folders, in order.
  RemoteShards(const std::string& folder, const std::vector<std::string>& shard_names)
      : stub_("auto " + folder + "/dictionary\n") {
    for (const auto& name : shard_names) {
      servers_.push_back(std::make_unique<TcpServer>(folder + "/" + name));
      stub_ += "remote " + servers_.back()->address() + "\n";
    }
  }

  const std::string& stub_text() const { return stub_; }

 private:
  std::vector<std::unique_ptr<TcpServer>> servers_;
  std::string stub_;
};

}  // namespace podseek::testing
