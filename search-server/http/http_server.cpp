// Routes, handlers and error mapping (see http_server.hpp).
#include "search-server/http/http_server.hpp"

#include "search-server/http/api_json.hpp"
#include "search-server/http/cors.hpp"
#include "search-server/http/error_reply.hpp"
#include "search-server/http/opensearch.hpp"
#include "search-server/http/request_observer.hpp"
#include "search-server/http/request_guard.hpp"
#include "search-server/http/request_params.hpp"
#include "search-server/http/server_log.hpp"
#include "search-server/http/site_api.hpp"
#include "search-server/http/static_site.hpp"

namespace podseek {
namespace {

// Sends the value rendered by `render`, or the error.
template <class T, class Render>
void reply(httplib::Response& res, const Expected<T>& result, Render render) {
  if (result.ok()) {
    send_json(res, render(result.value()));
  } else {
    send_error(res, result.error());
  }
}

ConnectionLimits connection_limits(const ServerOptions& options) {
  ConnectionLimits limits;
  limits.worker_threads = options.threads;
  limits.keep_alive_time = std::chrono::seconds(options.keep_alive_seconds);
  limits.keep_alive_max_requests = options.keep_alive_max_requests;
  limits.max_per_client = static_cast<std::size_t>(options.max_client_connections);
  limits.read_timeout = std::chrono::seconds(options.read_timeout_seconds);
  limits.write_timeout = std::chrono::seconds(options.write_timeout_seconds);
  return limits;
}

}  // namespace

HttpServer::HttpServer(ServerOptions options)
    : options_(std::move(options)),
      reader_(options_.db_path, RemoteTimeouts{static_cast<unsigned>(options_.shard_connect_timeout_ms),
                                               static_cast<unsigned>(options_.shard_timeout_ms)}),
      searcher_(make_searcher(reader_, options_), metrics_),
      catalog_(make_catalog(reader_, options_)),
      suggester_(reader_),
      related_(reader_),
      access_log_on_(options_.access_log),
      server_(connection_limits(options_)) {
  configure_limits();
  install_request_observer(server_, metrics_, access_log_on_);
  add_routes();
  add_operations_routes();
  mount_static_site(server_, options_, [this](std::string_view kind, const std::string& key) { return page_exists(kind, key); });
  install_request_checks(server_, RequestGuard{}, CorsPolicy(options_.allow_origins), request_start_hook(metrics_));
}

void HttpServer::configure_limits() {
  // Threads, timeouts and keep-alive are the connection gate's (connection_limits above).
  // httplib writes a response in several sends; with Nagle's algorithm the later ones wait for
  // the client's delayed ACK (~40 ms) on every keep-alive request (measured by podseek-bench).
  server_.set_tcp_nodelay(true);
  server_.set_payload_max_length(options_.max_request_bytes);
  server_.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
    server_log::error("handler_failed", server_log::describe_exception(error), {{"method", req.method}, {"path", req.path}});
    send_error(res, 500, "internal error");
  });
  server_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already explained itself
    if (res.status == 404) return send_error(res, 404, "no such path: " + req.path);
    if (res.status == 413) return send_error(res, 413, "the request is too large");
    send_error(res, res.status, "the request could not be handled");
  });
}

void HttpServer::add_routes() {
  server_.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    auto request = search_request_from(req);
    if (!request) return send_error(res, request.error());
    reply(res, searcher_.search(request.value()), search_response_json);
  });
  server_.Get("/api/suggest", [this](const httplib::Request& req, httplib::Response& res) {
    auto params = suggest_params_from(req);
    if (!params) return send_error(res, params.error());
    const std::string& query = params.value().query;
    reply(res, suggester_.suggest(query, params.value().limit),
          [&](const std::vector<Suggestion>& list) { return suggestions_json(query, list); });
  });
  server_.Get("/api/episodes", [this](const httplib::Request& req, httplib::Response& res) {
    auto paging = paging_params_from(req);
    if (!paging) return send_error(res, paging.error());
    reply(res, catalog_.list_episodes(paging.value().page, paging.value().per_page), episode_list_json);
  });
  // Before /api/episodes/{id}, which would take "…/related" as part of the id.
  server_.Get(R"(/api/episodes/(.+)/related)", [this](const httplib::Request& req, httplib::Response& res) {
    auto limit = int_param(req, "limit", RelatedLimits::kDefaultLimit);
    if (!limit) return send_error(res, limit.error());
    auto episode = catalog_.episode(req.matches[1].str());  // an id or a number, as for the episode itself
    if (!episode) return send_error(res, episode.error());
    reply(res, related_.related(episode.value().stored.id, limit.value()), related_json);
  });
  server_.Get(R"(/api/episodes/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    reply(res, catalog_.episode(req.matches[1].str()), episode_detail_json);
  });
  server_.Get("/api/podcasts", [this](const httplib::Request&, httplib::Response& res) {
    reply(res, catalog_.podcasts(), podcasts_json);
  });
  server_.Get(R"(/api/podcasts/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto paging = paging_params_from(req);
    if (!paging) return send_error(res, paging.error());
    reply(res, catalog_.podcast(req.matches[1].str(), paging.value().page, paging.value().per_page), podcast_page_json);
  });
  server_.Get(R"(/api/guests/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto paging = paging_params_from(req);
    if (!paging) return send_error(res, paging.error());
    reply(res, guest_page(*catalog_.current(), *searcher_.current(), req.matches[1].str(), paging.value().page,
                          paging.value().per_page),
          guest_page_json);
  });
  server_.Get("/api/guests", [this](const httplib::Request&, httplib::Response& res) {
    reply(res, catalog_.guests(), [](const auto& groups) { return named_episodes_json("guests", groups); });
  });
  server_.Get("/api/topics", [this](const httplib::Request&, httplib::Response& res) {
    reply(res, catalog_.topics(), [](const auto& groups) { return named_episodes_json("topics", groups); });
  });
  server_.Get("/api/site", [this](const httplib::Request&, httplib::Response& res) {
    reply(res, read_site_defaults(reader_), [this](const SiteDefaults& d) { return site_json(options_, d); });
  });
  server_.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    reply(res, catalog_.health(), health_json);
  });
  server_.Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
    send_error(res, 404, "no such path: " + req.path);
  });
}

// Whether the page of an episode, podcast or guest has something to show; an index that cannot be
// read counts as "yes", so the page itself reports the problem rather than a false "not found".
bool HttpServer::page_exists(std::string_view kind, const std::string& key) const {
  auto not_found = [](const auto& result) { return !result.ok() && result.error().code == ErrorCode::kNotFound; };
  if (kind == "episodes") return !not_found(catalog_.episode(key));
  if (kind == "podcasts") return !not_found(catalog_.podcast(key, 1, 1));
  if (kind == "guests") return !not_found(catalog_.current()->guest(key, 1, 1));
  return true;
}

int HttpServer::bind() {
  int port = -1;
  if (options_.port == 0) port = server_.bind_to_any_port(options_.host);
  else if (server_.bind_to_port(options_.host, options_.port)) port = options_.port;
  if (port > 0) server_.widen_backlog();
  return port;
}

// The routes for operators and browsers rather than the page: Prometheus metrics and the
// OpenSearch description.
void HttpServer::add_operations_routes() {
  server_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    auto health = catalog_.health();
    res.set_header("Cache-Control", "no-store");
    res.set_content(metrics_.render(health.ok() ? std::optional(health.value()) : std::nullopt),
                    std::string(kPrometheusContentType));
  });
  server_.Get("/opensearch.xml", [this](const httplib::Request& req, httplib::Response& res) {
    auto base = opensearch_base_url(options_.public_url, req.get_header_value("Host"));
    if (!base) return send_error(res, base.error());
    res.set_content(opensearch_description(base.value(), !options_.web_dir.empty()),
                    std::string(kOpenSearchContentType));
  });
}

bool HttpServer::listen() { return server_.listen_after_bind(); }

void HttpServer::stop() { server_.stop(); }

}  // namespace podseek
