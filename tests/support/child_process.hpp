// Runs one of podseek's real programs (podseek-server, podseek-indexer) as a child process for
// tests: started with posix_spawn, stdout readable line by line or sent to a file, and always
// killed (SIGKILL) and reaped when the ChildProcess goes away, even when a check failed.
// Thread safety: one owning thread per ChildProcess.
#pragma once

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace podseek::testing {

// Where a child's stdout or stderr goes: a pipe the test reads, a file, or /dev/null.
struct Output {
  enum Kind { kPipe, kFile, kNull } kind = kNull;
  std::string path;
  static Output pipe() { return {kPipe, ""}; }
  static Output file(std::string path) { return {kFile, std::move(path)}; }
  static Output null() { return {kNull, ""}; }
};

class ChildProcess {
 public:
  // Starts argv[0] (a path) with argv. stderr may not be a pipe. Throws std::runtime_error.
  explicit ChildProcess(const std::vector<std::string>& argv, Output out = Output::null(),
                        Output err = Output::null()) {
    if (err.kind == Output::kPipe) throw std::runtime_error("stderr cannot be a pipe");
    int pipe_fds[2] = {-1, -1};
    if (out.kind == Output::kPipe && ::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    redirect(actions, 1, out, pipe_fds[1]);
    redirect(actions, 2, err, -1);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    int failed = posix_spawn(&pid_, argv.at(0).c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (pipe_fds[1] >= 0) ::close(pipe_fds[1]);
    read_fd_ = pipe_fds[0];
    if (failed != 0) {
      pid_ = -1;
      throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(failed));
    }
  }

  ~ChildProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      reap(true);
    }
    if (read_fd_ >= 0) ::close(read_fd_);
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }

  // The next line of a piped stdout (without "\n"), or nullopt at its end or after timeout.
  std::optional<std::string> read_line(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      std::size_t end = buffer_.find('\n');
      if (end != std::string::npos) {
        std::string line = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return line;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (read_fd_ < 0 || left.count() <= 0) return std::nullopt;
      pollfd fd{read_fd_, POLLIN, 0};
      if (::poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
      char chunk[4096];
      ssize_t got = ::read(read_fd_, chunk, sizeof chunk);
      if (got <= 0) return std::nullopt;
      buffer_.append(chunk, static_cast<std::size_t>(got));
    }
  }

  void send_signal(int signal) {
    if (pid_ > 0) ::kill(pid_, signal);
  }

  // Waits up to timeout for the child to end; its wait status, or nullopt while it still runs.
  std::optional<int> wait_for(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (pid_ > 0) {
      if (reap(false)) return status_;
      if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return status_;
  }

 private:
  static void redirect(posix_spawn_file_actions_t& actions, int fd, const Output& output, int pipe_write_end) {
    if (output.kind == Output::kPipe) {
      posix_spawn_file_actions_adddup2(&actions, pipe_write_end, fd);
    } else {
      const char* path = output.kind == Output::kFile ? output.path.c_str() : "/dev/null";
      posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    }
  }

  // Collects the child's status; true once it has ended.
  bool reap(bool block) {
    int status = 0;
    pid_t got;
    do {
      got = ::waitpid(pid_, &status, block ? 0 : WNOHANG);
    } while (got < 0 && errno == EINTR);
    if (got != pid_) return false;
    status_ = status;
    pid_ = -1;
    return true;
  }

  pid_t pid_ = -1;
  int read_fd_ = -1;
  int status_ = 0;
  std::string buffer_;
};

// "exit 0", "exit 1" or "signal 9": how a wait status ended, for messages.
inline std::string describe_status(int status) {
  if (WIFEXITED(status)) return "exit " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "signal " + std::to_string(WTERMSIG(status));
  return "status " + std::to_string(status);
}

}  // namespace podseek::testing
