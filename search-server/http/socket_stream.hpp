// A connection's byte stream for cpp-httplib's request parser, kept for the connection's whole life:
// bytes read beyond one request (pipelined requests) stay in its buffer for the next, which
// httplib 0.11's own per-request stream dropped (only the first pipelined request was answered).
// Reads and writes wait at most their timeouts.
// Thread safety: used by one thread at a time (the worker serving the connection, or the gate).
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>
#include <string_view>

namespace podseek {

class SocketStream : public httplib::Stream {
 public:
  // Does not own fd (the Connection that holds both closes it).
  SocketStream(int fd, std::chrono::milliseconds read_timeout, std::chrono::milliseconds write_timeout);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }

  // Bytes received but not yet read by the parser.
  std::string_view buffered() const { return std::string_view(buffer_).substr(read_at_); }

 private:
  int fd_;
  std::chrono::milliseconds read_timeout_;
  std::chrono::milliseconds write_timeout_;
  std::string buffer_;
  std::size_t read_at_ = 0;
};

}  // namespace podseek
