// A raw TCP connection to 127.0.0.1 for tests that must send what no HTTP client library would:
// a header a byte at a time, thousands of header fields, a body that never ends, pipelined
// requests. Reads are bounded by a timeout, so a server that does not answer fails the test
// instead of hanging it.
// Thread safety: one thread per RawConnection.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace podseek::testing {

class RawConnection {
 public:
  // Connects to 127.0.0.1:port. Throws std::runtime_error when it cannot.
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    if (fd_ < 0) throw std::runtime_error("socket failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      ::close(fd_);
      throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
    }
  }
  ~RawConnection() { ::close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Sends all bytes; false once the server has closed or reset the connection.
  bool send(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (sent <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
  }

  // Reads until the server closes the connection, `until` appears in what arrived, or the timeout
  // passes; returns everything read. closed() tells whether the server closed.
  std::string read(std::chrono::milliseconds timeout, std::string_view until = {}) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!closed_ && (until.empty() || received_.find(until) == std::string::npos)) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      pollfd poll_fd{fd_, POLLIN, 0};
      if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) continue;
      char chunk[16384];
      ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
      if (got <= 0) closed_ = true;
      else received_.append(chunk, static_cast<std::size_t>(got));
    }
    return received_;
  }

  bool closed() const { return closed_; }

 private:
  int fd_;
  bool closed_ = false;
  std::string received_;
};

// How many times `needle` occurs in `text`.
inline std::size_t count_of(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size())) ++count;
  return count;
}

}  // namespace podseek::testing
