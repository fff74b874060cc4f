// Idle and slow connections beside a load (see beside_clients.hpp).
#include "bench/beside_clients.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <vector>

namespace podseek::bench {
namespace {

using Clock = std::chrono::steady_clock;

// /healthz: a request that costs the server next to nothing, so that only holding could slow the load.
constexpr const char* kRequest = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";

int open_connection(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

struct Slot {
  int fd = -1;
  bool slow = false;
  std::size_t sent = 0;  // bytes of kRequest sent (slow slots)
  Clock::time_point next_byte;
};

}  // namespace

BesideClients::BesideClients(int port, int count) : port_(port), count_(count), thread_([this] { loop(); }) {}

BesideClients::~BesideClients() {
  stop_ = true;
  thread_.join();
}

void BesideClients::loop() {
  std::vector<Slot> slots(static_cast<std::size_t>(count_));
  for (std::size_t i = 0; i < slots.size(); ++i) slots[i].slow = i % 2 == 1;
  const std::string request = kRequest;
  bool first = true;
  while (!stop_) {
    auto now = Clock::now();
    long open = 0;
    for (Slot& s : slots) {
      if (s.fd < 0) {
        s.fd = open_connection(port_);
        if (s.fd < 0) continue;
        if (!first) reopened_++;
        s.sent = 0;
        s.next_byte = now;
        if (!s.slow) (void)send(s.fd, request.data(), request.size(), MSG_NOSIGNAL);  // one whole request
      }
      if (s.slow && s.sent < request.size() && now >= s.next_byte) {
        if (send(s.fd, request.data() + s.sent, 1, MSG_NOSIGNAL) == 1) s.sent++;
        s.next_byte = now + std::chrono::seconds(1);
      }
      open++;
    }
    first = false;
    open_ = open;
    std::vector<pollfd> fds;
    for (const Slot& s : slots) fds.push_back({s.fd, POLLIN, 0});
    poll(fds.data(), fds.size(), 100);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buffer[4096];
      ssize_t n = recv(slots[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {  // closed by the server
        close(slots[i].fd);
        slots[i].fd = -1;
      }
    }
  }
  for (Slot& s : slots) {
    if (s.fd >= 0) close(s.fd);
  }
}

}  // namespace podseek::bench
