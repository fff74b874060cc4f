// podseek-server as a service, with the real binary: a JSON access line per request on stderr,
// SIGTERM letting a request in flight finish before a clean exit, SIGHUP reloading the
// configuration file and the synonyms it names, and bad configuration refused with its place.
#include <catch2/catch.hpp>
#include <httplib.h>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/support/child_process.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Waits up to 10 s for text to appear in the file; returns whether it did.
bool wait_for_text(const std::string& path, const std::string& text) {
  for (auto deadline = std::chrono::steady_clock::now() + 10s; std::chrono::steady_clock::now() < deadline;) {
    if (read_file(path).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(20ms);
  }
  return false;
}

// podseek-server with argv after the binary, stderr to a file; knows its port once it listens.
struct Server {
  Server(const testing::TempDir& dir, std::vector<std::string> args)
      : err(dir.file("server.err")), child(with_binary(std::move(args)), testing::Output::pipe(), testing::Output::file(err)) {
    auto line = child.read_line(20s);
    const std::string prefix = "listening on http://127.0.0.1:";
    INFO(read_file(err));
    REQUIRE(line);
    REQUIRE(line->rfind(prefix, 0) == 0);
    port = std::stoi(line->substr(prefix.size()));
  }
  static std::vector<std::string> with_binary(std::vector<std::string> args) {
    args.insert(args.begin(), {PODSEEK_SERVER_PATH, "--host", "127.0.0.1", "--port", "0"});
    return args;
  }
  int total(const std::string& query) {
    httplib::Client client("127.0.0.1", port);
    auto res = client.Get("/api/search?q=" + query);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body)["total"].template get<int>();
  }
  int stop_and_wait() {
    child.send_signal(SIGTERM);
    auto status = child.wait_for(15s);
    REQUIRE(status);
    return *status;
  }

  std::string err;
  testing::ChildProcess child;
  int port = 0;
};

// A connected TCP socket to 127.0.0.1:port.
int connect_to(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  timeval timeout{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  return fd;
}

void send_text(int fd, const std::string& text) { REQUIRE(::send(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size())); }

// Reads one response up to the end of its headers and Content-Length bytes of body.
std::string read_response(int fd) {
  std::string got;
  char chunk[4096];
  while (true) {
    std::size_t end = got.find("\r\n\r\n");
    if (end != std::string::npos) {
      std::size_t at = got.find("Content-Length: ");
      std::size_t length = at == std::string::npos ? 0 : std::stoul(got.substr(at + 16));
      if (got.size() >= end + 4 + length) return got;
    }
    ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return got;
    got.append(chunk, static_cast<std::size_t>(n));
  }
}

}  // namespace

TEST_CASE("Each request writes one JSON access line with its time taken, and SIGTERM exits cleanly", "[service]") {
  testing::NetstackIndex index;
  testing::TempDir dir;
  Server server(dir, {"--db", index.path()});
  CHECK(server.total("QUIC") > 0);
  REQUIRE(wait_for_text(server.err, "\"path\":\"/api/search\""));
  CHECK(server.stop_and_wait() == 0);

  std::istringstream lines(read_file(server.err));
  std::vector<json> access;
  for (std::string line; std::getline(lines, line);) {
    json entry = json::parse(line);  // every line is JSON
    CHECK(entry.contains("time"));
    if (entry["event"] == "access") access.push_back(entry);
  }
  REQUIRE(access.size() == 1);
  CHECK(access[0]["method"] == "GET");
  CHECK(access[0]["status"] == 200);
  CHECK(access[0]["params"]["q"] == "QUIC");
  CHECK(access[0]["duration_ms"].get<double>() > 0);
  CHECK(access[0]["bytes"].get<int>() > 0);
  CHECK(read_file(server.err).find("\"event\":\"stopping\"") != std::string::npos);
}

TEST_CASE("SIGTERM closes connections that wait between requests and exits 0", "[service]") {
  testing::NetstackIndex index;
  testing::TempDir dir;
  Server server(dir, {"--db", index.path(), "--access-log", "off"});
  int fd = connect_to(server.port);
  send_text(fd, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  REQUIRE(read_response(fd).rfind("HTTP/1.1 200", 0) == 0);
  // A request whose header is not whole is not in flight: it waits in the connection gate, holds no
  // worker and is closed at SIGTERM (requests being answered by a worker are let finish).
  send_text(fd, "GET /api/search?q=QUIC HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  server.child.send_signal(SIGTERM);
  REQUIRE(wait_for_text(server.err, "\"event\":\"stopping\""));
  auto status = server.child.wait_for(std::chrono::seconds(12));  // kDrainSeconds and a margin
  REQUIRE(status);
  CHECK(testing::describe_status(*status) == "exit 0");
  CHECK(read_response(fd).empty());  // closed without an answer
  ::close(fd);
}

TEST_CASE("SIGHUP re-reads the configuration and the synonyms it names; a bad file keeps the old ones", "[service]") {
  testing::NetstackIndex index;
  testing::TempDir dir;
  std::string synonyms = dir.write("synonyms.json", R"({"synonyms": []})");
  std::string config = dir.write("podseek.conf", "[server]\ndb = \"" + index.path() + "\"\naccess-log = false\n");
  Server server(dir, {"--config", config});
  CHECK(server.total("xyzzy") == 0);

  dir.write("synonyms.json", R"({"synonyms": [["xyzzy", "QUIC"]]})");
  dir.write("podseek.conf", "[server]\ndb = \"" + index.path() + "\"\nsynonyms = \"" + synonyms + "\"\naccess-log = false\n");
  server.child.send_signal(SIGHUP);
  REQUIRE(wait_for_text(server.err, "\"event\":\"reloaded\""));
  int with_synonym = server.total("xyzzy");
  CHECK(with_synonym == server.total("QUIC"));
  CHECK(with_synonym > 0);

  dir.write("podseek.conf", "[server]\ndb = \"" + index.path() + "\"\n\nthreads = \"many\"\n");
  server.child.send_signal(SIGHUP);
  REQUIRE(wait_for_text(server.err, "\"event\":\"reload_failed\""));
  CHECK(read_file(server.err).find(config + ":4: threads: must be a number from 1 to 256") != std::string::npos);
  CHECK(server.total("xyzzy") == with_synonym);  // still serving, with the last good synonyms
  CHECK(server.stop_and_wait() == 0);
}

TEST_CASE("A bad configuration file stops the server at start, naming file, line and key", "[service]") {
  testing::TempDir dir;
  std::string config = dir.write("podseek.conf", "[server]\ndb = \"/x\"\nport = 99999\n");
  testing::ChildProcess child({PODSEEK_SERVER_PATH, "--config", config}, testing::Output::null(),
                              testing::Output::file(dir.file("err")));
  auto status = child.wait_for(10s);
  REQUIRE(status);
  CHECK(testing::describe_status(*status) == "exit 2");
  CHECK(read_file(dir.file("err")).find(config + ":3: port: must be a number from 0 to 65535") != std::string::npos);
}
