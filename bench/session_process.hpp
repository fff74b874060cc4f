// Programs the benchmark and the tests run beside podseek on 127.0.0.1 (xapian-tcpsrv,
// xapian-replicate-server, ...), each in a session of its own: the program's children (a
// xapian-tcpsrv forks one per connection) go when it is stopped, and a signal to one program
// never reaches another. Also the loopback port helpers they need.
// Thread safety: one owning thread per object.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace podseek::bench {

inline constexpr const char* kTcpsrvPath = "/usr/bin/xapian-tcpsrv";

// A port nobody listens on now (the kernel's choice for port 0 on 127.0.0.1).
int free_local_port();
// Whether 127.0.0.1:port accepts a TCP connection now.
bool accepts_connections(int port);
// Waits until 127.0.0.1:port accepts connections; throws std::runtime_error naming `what` after
// timeout_ms.
void wait_until_listening(int port, const std::string& what, int timeout_ms = 10000);

// A program started with posix_spawn in a new session, stdin, stdout and stderr on /dev/null
// (xapian-tcpsrv notes every closed connection there). Killed with its session and reaped when
// the object goes away.
class SessionProcess {
 public:
  // argv[0] is the program's path; env entries ("NAME=value") are added to this environment.
  // Throws std::runtime_error when it cannot be started.
  explicit SessionProcess(std::vector<std::string> argv, std::vector<std::string> env = {});
  ~SessionProcess();
  SessionProcess(const SessionProcess&) = delete;
  SessionProcess& operator=(const SessionProcess&) = delete;

  // Starts the program again (after stop()).
  void start();
  // SIGKILL to the program and everything it forked, then waits for the program.
  void stop();
  // The whole session stopped (SIGSTOP: a hung server) or continued (SIGCONT).
  void pause();
  void resume();

 private:
  std::vector<std::string> argv_;
  std::vector<std::string> env_;
  pid_t pid_ = -1;
};

// xapian-tcpsrv serving one database on a free port of 127.0.0.1, listening once constructed.
class TcpServer {
 public:
  explicit TcpServer(const std::string& database);

  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  void stop() { process_.stop(); }
  // Starts again on the same port (after stop()) and waits until it listens.
  void start();
  void pause() { process_.pause(); }
  void resume() { process_.resume(); }

 private:
  std::string database_;
  int port_;
  SessionProcess process_;
};

}  // namespace podseek::bench
