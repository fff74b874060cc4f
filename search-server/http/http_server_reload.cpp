// HttpServer::reload and the core objects it swaps in (see http_server.hpp, served_core.hpp).
#include <string>
#include <vector>

#include "search-server/http/http_server.hpp"
#include "search-server/http/server_log.hpp"

namespace podseek {

std::shared_ptr<const Searcher> make_searcher(IndexReader& reader, const ServerOptions& options) {
  SynonymTable synonyms = options.synonyms_path.empty() ? SynonymTable() : SynonymTable::load_file(options.synonyms_path);
  return std::make_shared<const Searcher>(reader, std::move(synonyms), SearcherOptions{options.deep_link_template});
}

std::shared_ptr<const Catalog> make_catalog(IndexReader& reader, const ServerOptions& options) {
  return std::make_shared<const Catalog>(reader, options.deep_link_template);
}

namespace {

// Options the server reads once, at start: a change to them is only noted.
std::vector<std::string> restart_only_changes(const ServerOptions& now, const ServerOptions& fresh) {
  std::vector<std::string> notes;
  auto note = [&](bool changed, const char* name) {
    if (changed) notes.push_back(std::string(name) + " changed: it takes effect after a restart");
  };
  note(now.db_path != fresh.db_path, "db");
  note(now.host != fresh.host || now.port != fresh.port, "host/port");
  note(now.web_dir != fresh.web_dir, "web");
  note(now.allow_origins != fresh.allow_origins, "allow-origin");
  note(now.threads != fresh.threads, "threads");
  note(now.public_url != fresh.public_url, "public-url");
  note(now.site_title != fresh.site_title || now.site_accent != fresh.site_accent || now.site_logo != fresh.site_logo ||
           now.site_examples != fresh.site_examples,
       "site-title/site-accent/site-logo/site-example");
  return notes;
}

}  // namespace

std::vector<std::string> HttpServer::reload(const ServerOptions& fresh) {
  auto searcher = make_searcher(reader_, fresh);  // throws before anything changed
  searcher_.replace(std::move(searcher));
  catalog_.replace(make_catalog(reader_, fresh));
  access_log_on_.store(fresh.access_log);
  std::vector<std::string> notes = restart_only_changes(options_, fresh);
  options_.synonyms_path = fresh.synonyms_path;
  options_.deep_link_template = fresh.deep_link_template;
  options_.access_log = fresh.access_log;
  return notes;
}

}  // namespace podseek
