// Tests for search-server/http/connection_gate (issue 15, points 3, 4 and 6): slow, idle, oversized
// and pipelining clients against the real server on 127.0.0.1, over raw sockets.
#include "search-server/http/connection_gate.hpp"

#include <catch2/catch.hpp>
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "tests/support/hostile_crowd.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/raw_http.hpp"
#include "tests/support/running_server.hpp"

using namespace podseek;
using namespace std::chrono_literals;
using testing::count_of;
using testing::RawConnection;

namespace {

struct Fixture {
  explicit Fixture(ServerOptions options = {}) : server(with_index(std::move(options), index)) {}
  static ServerOptions with_index(ServerOptions options, const testing::NetstackIndex& index) {
    options.db_path = index.path();
    return options;
  }
  testing::NetstackIndex index;
  testing::RunningServer server;
};

// This process's resident memory in KiB (the server runs in it).
long resident_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

}  // namespace

TEST_CASE("With 200 idle and 50 dripping connections open, every search is answered, none starved (goal 100 ms; the test allows 500 ms on a loaded machine)",
          "[connection_gate][hostile]") {
  Fixture f;  // 8 workers, as by default: before the gate, 8 dripping connections shut everyone out
  auto search = [&] {
    auto client = f.server.client();
    client.set_read_timeout(2, 0);
    auto res = client.Get("/api/search?q=quic");
    return res && res->status == 200;
  };
  auto quiet = testing::slowest_search(search, 10);
  REQUIRE(quiet);
  testing::HostileCrowd crowd(f.server.port(), 200, 50);
  std::this_thread::sleep_for(300ms);  // the crowd is in place and dripping
  auto attacked = testing::slowest_search(search, 20);
  INFO("slowest search: " << quiet->count() << " ms alone, " << (attacked ? attacked->count() : -1)
                          << " ms with 200 idle and 50 dripping connections");
  REQUIRE(attacked);  // every search answered
  CHECK(*attacked < testing::attack_bound(*quiet));
}

TEST_CASE("A header over the byte limit is refused with 431 before it is parsed or stored", "[connection_gate]") {
  Fixture f;
  std::string fields = "GET /api/guests HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 100000; ++i) fields += "X-" + std::to_string(i) + ": 1\r\n";
  const long before = resident_kib();
  for (int i = 0; i < 4; ++i) {  // 224 MB a request, 823 MB for four, before the gate
    RawConnection connection(f.server.port());
    connection.send(fields + "\r\n");  // the server may close before it has all of it
    const std::string answer = connection.read(3s, "}}");
    CHECK(answer.rfind("HTTP/1.1 431 Request Header Fields Too Large\r\n", 0) == 0);
    CHECK(count_of(answer, "\"code\":\"too_large\"") == 1);
  }
  CHECK(resident_kib() - before < 50 * 1024);
  auto res = f.server.client().Get("/healthz");
  REQUIRE(res);
  CHECK(res->status == 200);
}

TEST_CASE("Pipelined requests are all answered, in order", "[connection_gate]") {
  Fixture f;
  RawConnection connection(f.server.port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /api/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                  "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const std::string answers = connection.read(3s);
  CHECK(connection.closed());
  CHECK(count_of(answers, "HTTP/1.1 200 OK\r\n") == 2);
  const auto not_found = answers.find("HTTP/1.1 404 Not Found\r\n");
  CHECK(not_found != std::string::npos);
  CHECK(not_found > answers.find("HTTP/1.1 200 OK\r\n"));
  CHECK(not_found < answers.rfind("HTTP/1.1 200 OK\r\n"));
}

TEST_CASE("A kept-alive connection is reused, then closed once idle for the keep-alive time", "[connection_gate]") {
  Fixture f(ServerOptions{.keep_alive_seconds = 1});
  RawConnection connection(f.server.port());
  for (int i = 0; i < 3; ++i) {
    CHECK(connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    std::this_thread::sleep_for(200ms);
  }
  const std::string answers = connection.read(3s);
  CHECK(count_of(answers, "HTTP/1.1 200 OK\r\n") == 3);
  CHECK(connection.closed());
}

TEST_CASE("When more connections wait than the gate holds, the longest waiting make room for new ones",
          "[connection_gate][hostile]") {
  rlimit files{};
  REQUIRE(::getrlimit(RLIMIT_NOFILE, &files) == 0);
  files.rlim_cur = files.rlim_max;  // 2 x 600 sockets in this one process
  ::setrlimit(RLIMIT_NOFILE, &files);
  if (files.rlim_cur < 1400) {
    WARN("skipped: this process may open only " << files.rlim_cur << " files");
    return;
  }
  Fixture f(ServerOptions{.max_client_connections = 0});  // the crowd and the search share 127.0.0.1
  const std::size_t over = ConnectionLimits{}.max_waiting + 88;
  testing::HostileCrowd crowd(f.server.port(), static_cast<int>(over), 0);
  std::this_thread::sleep_for(300ms);
  auto res = f.server.client().Get("/api/search?q=quic");
  REQUIRE(res);
  CHECK(res->status == 200);
}

TEST_CASE("One client address may hold max-client-connections at once; one more is answered 429 and closed",
          "[connection_gate][hostile]") {
  Fixture f(ServerOptions{.max_client_connections = 8});
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 8; ++i) held.push_back(std::make_unique<RawConnection>(f.server.port()));
  std::this_thread::sleep_for(200ms);  // all 8 are in the gate
  RawConnection extra(f.server.port());
  const std::string refused = extra.read(3s);
  CHECK(refused.rfind("HTTP/1.1 429 Too Many Requests\r\n", 0) == 0);
  CHECK(refused.find("Retry-After: 1\r\n") != std::string::npos);
  CHECK(refused.find("\"code\":\"too_many_connections\"") != std::string::npos);
  CHECK(refused.find("8 connections open already") != std::string::npos);
  CHECK(extra.closed());
  // The held ones are still served, and a closed one gives its place back.
  CHECK(held[0]->send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  CHECK(count_of(held[0]->read(3s), "HTTP/1.1 200 OK\r\n") == 1);
  held.erase(held.begin());
  std::this_thread::sleep_for(200ms);
  auto res = f.server.client().Get("/healthz");
  REQUIRE(res);
  CHECK(res->status == 200);
}
