// searchd and SphinxQL queries (see sphinx_runner.hpp).
#include "bench/sphinx_runner.hpp"

#include <arpa/inet.h>
#include <mysql.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "common/stored_episode.hpp"

namespace podseek::bench {
namespace {

// A port nobody listens on now (the kernel's choice for a socket bound to port 0).
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  if (fd >= 0) close(fd);
  if (port == 0) throw std::runtime_error("sphinx: no free port");
  return port;
}

// A request that gets no answer becomes an error after this, never a hang of the bench.
constexpr unsigned kTimeoutSeconds = 30;

MYSQL* connect_sphinxql(int port) {
  MYSQL* db = mysql_init(nullptr);
  if (db == nullptr) throw std::runtime_error("sphinx: mysql_init failed");
  for (mysql_option option : {MYSQL_OPT_CONNECT_TIMEOUT, MYSQL_OPT_READ_TIMEOUT, MYSQL_OPT_WRITE_TIMEOUT}) {
    mysql_options(db, option, &kTimeoutSeconds);
  }
  if (mysql_real_connect(db, "127.0.0.1", "", "", nullptr, static_cast<unsigned>(port), nullptr, 0) == nullptr) {
    std::string message = mysql_error(db);
    mysql_close(db);
    throw std::runtime_error("sphinx: cannot connect to searchd on port " + std::to_string(port) + ": " + message);
  }
  return db;
}

std::string file_tail(const std::string& path) {
  std::ifstream in(path);
  std::stringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  return text.size() > 600 ? text.substr(text.size() - 600) : text;
}

// One result set, freed at the end of its scope.
class ResultSet {
 public:
  explicit ResultSet(MYSQL* db) : result_(mysql_store_result(db)) {}
  ~ResultSet() {
    if (result_ != nullptr) mysql_free_result(result_);
  }
  ResultSet(const ResultSet&) = delete;
  ResultSet& operator=(const ResultSet&) = delete;
  MYSQL_ROW next() { return result_ != nullptr ? mysql_fetch_row(result_) : nullptr; }
  unsigned long length(unsigned column) const { return mysql_fetch_lengths(result_)[column]; }

 private:
  MYSQL_RES* result_;
};

// The next result set of a multi-statement answer (FACET); false when there is none.
bool next_result(MYSQL* db) {
  int rc = mysql_next_result(db);
  if (rc > 0) throw std::runtime_error(std::string("sphinx: ") + mysql_error(db));
  return rc == 0;
}

// Counts the rows of every remaining result set (one per FACET).
int count_facet_rows(MYSQL* db) {
  int rows = 0;
  while (next_result(db)) {
    ResultSet facet(db);
    while (facet.next() != nullptr) rows++;
  }
  return rows;
}

constexpr const char* kFieldWeights = "field_weights=(title=6, guests=6, chapters=3, description=1, notes=1)";
constexpr const char* kGuestFacet = " FACET guest_ids ORDER BY COUNT(*) DESC LIMIT 25";
constexpr const char* kOtherFacets =
    " FACET topic_ids ORDER BY COUNT(*) DESC LIMIT 25 FACET podcast_id ORDER BY COUNT(*) DESC LIMIT 25";

}  // namespace

SphinxServer::SphinxServer(const std::string& dir) : dir_(dir), port_(free_port()) {
  const std::string conf = write_sphinx_config(dir, port_);
  const std::string log = dir + "/searchd.out";
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("sphinx: fork failed");
  if (pid_ == 0) {
    FILE* out = std::freopen(log.c_str(), "w", stdout);
    if (out != nullptr) dup2(STDOUT_FILENO, STDERR_FILENO);
    execlp("searchd", "searchd", "--config", conf.c_str(), "--nodetach", static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    MYSQL* db = mysql_init(nullptr);
    bool up = db != nullptr &&
              mysql_real_connect(db, "127.0.0.1", "", "", nullptr, static_cast<unsigned>(port_), nullptr, 0) != nullptr;
    if (db != nullptr) mysql_close(db);
    if (up) return;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_ || std::chrono::steady_clock::now() > deadline) {
      pid_ = -1;  // exited (or is killed below)
      throw std::runtime_error("sphinx: searchd did not start: " + file_tail(log) + file_tail(dir + "/searchd.log"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

SphinxServer::~SphinxServer() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
}

SphinxRunner::SphinxRunner(int port, const SphinxIds& ids, long max_groups)
    : db_(connect_sphinxql(port)), ids_(ids), max_matches_(std::max(1000L, max_groups + 1)) {}

SphinxRunner::~SphinxRunner() { mysql_close(db_); }

std::string SphinxRunner::quoted(const std::string& text) {
  std::string out(text.size() * 2 + 1, '\0');
  unsigned long n = mysql_real_escape_string(db_, out.data(), text.data(), text.size());
  out.resize(n);
  return "'" + out + "'";
}

void SphinxRunner::query(const std::string& sql) {
  if (mysql_real_query(db_, sql.data(), sql.size()) != 0) {
    throw std::runtime_error("sphinx: " + std::string(mysql_error(db_)) + " in " + sql.substr(0, 200));
  }
}

QueryOutcome SphinxRunner::run(const BenchQuery& q) {
  QueryOutcome outcome;
  const std::string match = q.sphinx_match();
  const bool browse = match.empty();
  const bool filtered = !q.guest.empty();
  const std::string options = " OPTION max_matches=" + std::to_string(max_matches_) + (browse ? "" : std::string(", ") + kFieldWeights);
  std::string where = browse ? "" : " WHERE MATCH(" + quoted(match) + ")";
  std::string page_where = where;
  if (filtered) page_where += (browse ? " WHERE " : " AND ") + std::string("guest_ids=") + std::to_string(ids_.guest_id(q.guest));
  query("SELECT id, data FROM episodes" + page_where +
        (browse ? " ORDER BY published DESC, number DESC" : " ORDER BY WEIGHT() DESC") + " LIMIT 10" + options +
        (filtered ? "" : kGuestFacet) + kOtherFacets);
  std::vector<std::string> ids, descriptions;
  {
    ResultSet page(db_);
    while (MYSQL_ROW row = page.next()) {
      ids.push_back(row[0]);
      StoredEpisode stored = decode_stored_episode(std::string(row[1], page.length(1)));
      descriptions.push_back(stored.episode.description);
    }
  }
  outcome.results = static_cast<int>(ids.size());
  outcome.facet_values = count_facet_rows(db_);
  query("SHOW META");
  {
    ResultSet meta(db_);
    while (MYSQL_ROW row = meta.next()) {
      if (std::string(row[0]) == "total_found") outcome.total = std::stol(row[1]);
    }
  }
  if (filtered) {  // the guest facet of the matches without the guest filter
    query("SELECT id FROM episodes" + where + " LIMIT 1" + options + kGuestFacet);
    { ResultSet ignored(db_); }
    outcome.facet_values += count_facet_rows(db_);
  }
  if (browse || ids.empty()) return outcome;
  std::string texts, in;
  for (const auto& d : descriptions) texts += (texts.empty() ? "" : ", ") + quoted(d);
  for (const auto& id : ids) in += (in.empty() ? "" : ",") + id;
  query("CALL SNIPPETS((" + texts + "), 'episodes', " + quoted(match) +
        ", '<mark>' AS before_match, '</mark>' AS after_match)");
  { ResultSet snippets(db_); while (snippets.next() != nullptr) {} }
  query("SELECT id FROM chapters" + where + " AND episode IN (" + in + ") LIMIT 1000 OPTION max_matches=1000");
  ResultSet chapters(db_);
  while (chapters.next() != nullptr) outcome.chapter_hits++;
  return outcome;
}

}  // namespace podseek::bench
