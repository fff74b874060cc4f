// The waiting room for connections between requests (see connection_gate.hpp).
#include "search-server/http/connection_gate.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "search-server/http/socket_stream.hpp"

namespace podseek {
namespace {

using Clock = std::chrono::steady_clock;

// The client address of a socket, as text ("192.0.2.7", "2001:db8::1"; an IPv4-mapped IPv6
// address as IPv4); "" when the socket has none (a Unix socket, a closed peer).
std::string client_address(int fd) {
  sockaddr_storage peer{};
  socklen_t length = sizeof peer;
  if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0) return "";
  char text[INET6_ADDRSTRLEN] = {};
  if (peer.ss_family == AF_INET) {
    ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(&peer)->sin_addr, text, sizeof text);
  } else if (peer.ss_family == AF_INET6) {
    const in6_addr& address = reinterpret_cast<sockaddr_in6*>(&peer)->sin6_addr;
    if (IN6_IS_ADDR_V4MAPPED(&address)) {
      ::inet_ntop(AF_INET, &address.s6_addr[12], text, sizeof text);
    } else {
      ::inet_ntop(AF_INET6, &address, text, sizeof text);
    }
  }
  return text;
}

// How many connections each client address has open; a Ticket holds one place.
class ClientTally {
 public:
  class Ticket {
   public:
    Ticket(ClientTally* tally, std::string address) : tally_(tally), address_(std::move(address)) {}
    ~Ticket() {
      if (tally_) tally_->release(address_);
    }
    Ticket(Ticket&& other) noexcept : tally_(std::exchange(other.tally_, nullptr)), address_(std::move(other.address_)) {}
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    Ticket& operator=(Ticket&&) = delete;

   private:
    ClientTally* tally_;
    std::string address_;
  };

  explicit ClientTally(std::size_t max_per_client) : max_per_client_(max_per_client) {}

  // A place for one more connection from address, or nullopt when it has max_per_client already.
  std::optional<Ticket> admit(const std::string& address) {
    if (max_per_client_ == 0 || address.empty()) return Ticket(nullptr, "");
    std::lock_guard lock(mutex_);
    std::size_t& open = open_[address];
    if (open >= max_per_client_) return std::nullopt;
    ++open;
    return Ticket(this, address);
  }

 private:
  void release(const std::string& address) {
    std::lock_guard lock(mutex_);
    auto it = open_.find(address);
    if (it != open_.end() && --it->second == 0) open_.erase(it);
  }

  const std::size_t max_per_client_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::size_t> open_;
};

// One client connection: its socket (owned), its stream, how many requests it made and its place
// in the client tally (given back when the connection is closed).
struct Connection {
  Connection(int socket, const ConnectionLimits& limits, std::optional<ClientTally::Ticket> place = std::nullopt)
      : fd(socket), stream(socket, limits.read_timeout, limits.write_timeout), ticket(std::move(place)) {}
  ~Connection() {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  int fd;
  SocketStream stream;
  int requests = 0;
  std::optional<ClientTally::Ticket> ticket;
};

enum class HeaderState { kPartial, kWhole, kTooLarge, kClosed };

// Whether the next request's header is all there: in the stream's buffer and the socket together.
HeaderState header_state(Connection& connection, std::size_t max_bytes) {
  std::string head(connection.stream.buffered());
  if (head.size() < max_bytes) {
    std::string peeked(max_bytes - head.size(), '\0');
    const ssize_t got = ::recv(connection.fd, peeked.data(), peeked.size(), MSG_PEEK | MSG_DONTWAIT);
    if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) return HeaderState::kClosed;
    if (got > 0) head.append(peeked.data(), static_cast<std::size_t>(got));
  }
  if (head.find("\r\n\r\n") != std::string::npos) return HeaderState::kWhole;
  return head.size() >= max_bytes ? HeaderState::kTooLarge : HeaderState::kPartial;
}

// The gate's own answer, before httplib has parsed (or stored) anything; the connection is closed.
void refuse(Connection& connection, const std::string& status_line, const std::string& code,
            const std::string& message, const std::string& extra_header = "") {
  const std::string body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  const std::string answer = "HTTP/1.1 " + status_line + "\r\nConnection: close\r\n" + extra_header +
                             "Content-Type: application/json\r\nX-Content-Type-Options: nosniff\r\n"
                             "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  connection.stream.write(answer.data(), answer.size());
}

void refuse_large_header(Connection& connection, std::size_t max_bytes) {
  refuse(connection, "431 Request Header Fields Too Large", "too_large",
         "the request header is over " + std::to_string(max_bytes) + " bytes");
}

void refuse_crowded_client(Connection& connection, std::size_t max_per_client) {
  refuse(connection, "429 Too Many Requests", "too_many_connections",
         "this address has " + std::to_string(max_per_client) + " connections open already (the limit)",
         "Retry-After: 1\r\n");
}

}  // namespace

class ConnectionGate {
 public:
  using ServeOne = std::function<bool(httplib::Stream&, bool close_connection, bool& connection_closed)>;

  ConnectionGate(ConnectionLimits limits, ServeOne serve_one)
      : limits_(limits), serve_one_(std::move(serve_one)), tally_(limits.max_per_client),
        epoll_(::epoll_create1(EPOLL_CLOEXEC)),
        workers_(std::make_unique<httplib::ThreadPool>(static_cast<std::size_t>(limits.worker_threads))),
        thread_([this] { run(); }) {}
  ~ConnectionGate() { stop(); }

  void admit(int fd) {
    const int on = 1;  // answers go out at once, not after the client's delayed ACK
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    std::optional<ClientTally::Ticket> place = tally_.admit(client_address(fd));
    if (!place) {
      Connection refused(fd, limits_);
      return refuse_crowded_client(refused, limits_.max_per_client);
    }
    route(std::make_shared<Connection>(fd, limits_, std::move(place)), Clock::now() + limits_.header_time);
  }

  // Closes the waiting connections, lets the workers finish their request, joins every thread.
  void stop() {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      stopping_ = true;
    }
    thread_.join();
    workers_->shutdown();
    std::lock_guard lock(mutex_);
    waiting_.clear();
    ::close(epoll_);
  }

 private:
  struct Waiting {
    std::shared_ptr<Connection> connection;
    Clock::time_point deadline;
  };

  // To a worker when its header is whole, into the gate while it is not, closed otherwise.
  void route(const std::shared_ptr<Connection>& connection, Clock::time_point deadline) {
    switch (header_state(*connection, limits_.max_header_bytes)) {
      case HeaderState::kWhole: return dispatch(connection);
      case HeaderState::kTooLarge: return refuse_large_header(*connection, limits_.max_header_bytes);
      case HeaderState::kClosed: return;
      case HeaderState::kPartial: break;
    }
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP | EPOLLET;  // edge: one wake-up per arrival, not per peek
    event.data.fd = connection->fd;
    const int fd = connection->fd;
    if (waiting_.size() >= limits_.max_waiting) close_soonest_due();
    waiting_[fd] = Waiting{connection, deadline};
    if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &event) != 0) waiting_.erase(fd);
  }

  void dispatch(const std::shared_ptr<Connection>& connection) {
    workers_->enqueue([this, connection] { serve(connection); });
  }

  // On a worker: answers one request, then sends the connection back to wait for the next.
  void serve(const std::shared_ptr<Connection>& connection) {
    bool stopping;
    {
      std::lock_guard lock(mutex_);
      stopping = stopping_;
    }
    const bool last = stopping || ++connection->requests >= limits_.keep_alive_max_requests;
    bool closed = false;
    if (!serve_one_(connection->stream, last, closed) || closed || last) return;
    route(connection, Clock::now() + limits_.keep_alive_time);
  }

  void run() {
    std::vector<epoll_event> events(64);
    while (true) {
      {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
      }
      const int ready = ::epoll_wait(epoll_, events.data(), static_cast<int>(events.size()), 100);
      for (int i = 0; i < ready; ++i) wake(events[i].data.fd);
      close_late();
    }
  }

  // Something arrived on a waiting connection: take it out and route it again.
  void wake(int fd) {
    Waiting waiting;
    {
      std::lock_guard lock(mutex_);
      auto it = waiting_.find(fd);
      if (it == waiting_.end()) return;
      ::epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr);
      waiting = std::move(it->second);
      waiting_.erase(it);
    }
    route(waiting.connection, waiting.deadline);
  }

  // The gate is full: the connection nearest its deadline (the longest idle, as a rule) makes room,
  // so a flood of idle connections pushes out its own oldest members, not the newcomers.
  // REQUIRES: mutex_ held, waiting_ not empty.
  void close_soonest_due() {
    auto soonest = waiting_.begin();
    for (auto it = waiting_.begin(); it != waiting_.end(); ++it) {
      if (it->second.deadline < soonest->second.deadline) soonest = it;
    }
    ::epoll_ctl(epoll_, EPOLL_CTL_DEL, soonest->first, nullptr);
    waiting_.erase(soonest);
  }

  void close_late() {
    const auto now = Clock::now();
    std::lock_guard lock(mutex_);
    for (auto it = waiting_.begin(); it != waiting_.end();) {
      if (it->second.deadline > now) {
        ++it;
        continue;
      }
      ::epoll_ctl(epoll_, EPOLL_CTL_DEL, it->first, nullptr);
      it = waiting_.erase(it);
    }
  }

  const ConnectionLimits limits_;
  const ServeOne serve_one_;
  ClientTally tally_;
  const int epoll_;
  std::unique_ptr<httplib::ThreadPool> workers_;
  std::mutex mutex_;
  bool stopping_ = false;
  std::map<int, Waiting> waiting_;  // by socket
  std::thread thread_;
};

namespace {

// Runs each job at once on the thread that enqueues it: httplib's accept loop, whose only job is
// process_and_close_socket, which hands the connection to the gate without waiting.
class InlineTaskQueue : public httplib::TaskQueue {
 public:
  explicit InlineTaskQueue(std::shared_ptr<ConnectionGate> gate) : gate_(std::move(gate)) {}
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override { gate_->stop(); }

 private:
  std::shared_ptr<ConnectionGate> gate_;
};

}  // namespace

GatedServer::GatedServer(ConnectionLimits limits) {
  gate_ = std::make_shared<ConnectionGate>(limits, [this](httplib::Stream& stream, bool close, bool& closed) {
    return process_request(stream, close, closed, [](httplib::Request&) {});
  });
  new_task_queue = [gate = gate_] { return new InlineTaskQueue(gate); };
}

GatedServer::~GatedServer() { gate_->stop(); }

void GatedServer::widen_backlog() { ::listen(svr_sock_, kListenBacklog); }  // a second listen() resizes the queue

bool GatedServer::process_and_close_socket(socket_t sock) {
  gate_->admit(sock);
  return true;
}

}  // namespace podseek
