// The routes for operators and browsers: GET /metrics read by Prometheus's own Python parser,
// and GET /opensearch.xml read by libxml2; the web page links the description.
#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>

#include "search-server/http/metrics.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/running_server.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using nlohmann::json;

namespace {

struct ParsedMetrics {
  int exit_code = 0;
  std::string output;
  std::vector<json> samples;
  // The value of the sample with this name and these labels, or -1.
  double value(const std::string& name, const json& labels = json::object()) const {
    for (const auto& s : samples) {
      if (s["name"] == name && s["labels"] == labels) return s["value"].get<double>();
    }
    return -1;
  }
  std::string type(const std::string& family) const {
    for (const auto& s : samples) {
      if (s["family"] == family) return s["type"].get<std::string>();
    }
    return "";
  }
};

// Runs tests/search-server/http/parse_metrics.py on text.
ParsedMetrics parse_with_prometheus_client(const std::string& text) {
  testing::TempDir dir;
  std::string input = dir.write("metrics.txt", text);
  std::string command = "/usr/bin/python3 " + testing::repo_file("tests/search-server/http/parse_metrics.py") +
                        " < " + input;
  ParsedMetrics parsed;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char line[4096];
  while (std::fgets(line, sizeof line, pipe)) parsed.output += line;
  int status = pclose(pipe);
  parsed.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::istringstream lines(parsed.output);
  for (std::string one; parsed.exit_code == 0 && std::getline(lines, one);) parsed.samples.push_back(json::parse(one));
  return parsed;
}

struct Fixture {
  testing::NetstackIndex index;
  testing::RunningServer server{ServerOptions{.db_path = index.path(), .web_dir = testing::repo_file("web")}};
};

xmlNode* child(xmlNode* parent, const char* name, int nth = 0) {
  for (xmlNode* node = parent->children; node; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name) && nth-- == 0) return node;
  }
  return nullptr;
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

}  // namespace

TEST_CASE("Routes are labelled by the route table, never by the raw path", "[metrics]") {
  CHECK(route_label("/api/search") == "/api/search");
  CHECK(route_label("/api/episodes") == "/api/episodes");
  CHECK(route_label("/api/episodes/netstack.fm/11") == "/api/episodes/{id}");
  CHECK(route_label("/api/episodes/netstack.fm/11/related") == "/api/episodes/{id}/related");
  CHECK(route_label("/api/episodes/") == "/api/other");
  CHECK(route_label("/api/nope") == "/api/other");
  CHECK(route_label("/metrics") == "/metrics");
  CHECK(route_label("/opensearch.xml") == "/opensearch.xml");
  CHECK(route_label("/episodes/11") == "static");
  CHECK(route_label("/css/site.css") == "static");
}

TEST_CASE("GET /metrics parses with prometheus_client and counts what the server did", "[metrics]") {
  Fixture f;
  auto client = f.server.client();
  // One connection: httplib counts a request after writing its answer, so on separate
  // connections the scrape could overtake the last request's bookkeeping.
  client.set_keep_alive(true);
  REQUIRE(client.Get("/api/search?q=QUIC")->status == 200);
  REQUIRE(client.Get("/api/search?q=QIUC")->status == 200);         // corrected to QUIC
  REQUIRE(client.Get("/api/search?q=quic%20xylophone")->status == 200);  // any word
  REQUIRE(client.Get("/api/search?per_page=99")->status == 400);
  REQUIRE(client.Get("/api/episodes/netstack.fm/1")->status == 200);
  REQUIRE(client.Get("/no/such/page.png")->status == 404);
  auto res = client.Get("/metrics");
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == std::string(kPrometheusContentType));

  ParsedMetrics m = parse_with_prometheus_client(res->body);
  if (m.exit_code == 77) {
    WARN("skipped: " << m.output);
    return;
  }
  INFO(res->body << "\n" << m.output);
  REQUIRE(m.exit_code == 0);
  CHECK(m.value("podseek_http_requests_total", {{"route", "/api/search"}, {"status", "200"}}) == 3);
  CHECK(m.value("podseek_http_requests_total", {{"route", "/api/search"}, {"status", "400"}}) == 1);
  CHECK(m.value("podseek_http_requests_total", {{"route", "/api/episodes/{id}"}, {"status", "200"}}) == 1);
  CHECK(m.value("podseek_http_requests_total", {{"route", "static"}, {"status", "404"}}) == 1);
  CHECK(m.type("podseek_http_request_duration_seconds") == "histogram");
  CHECK(m.value("podseek_http_request_duration_seconds_count", {{"route", "/api/search"}}) == 4);
  CHECK(m.value("podseek_http_request_duration_seconds_bucket", {{"route", "/api/search"}, {"le", "+Inf"}}) == 4);
  CHECK(m.value("podseek_http_requests_in_flight") == 1);  // this scrape
  CHECK(m.value("podseek_searches_total") == 3);
  CHECK(m.value("podseek_search_fallbacks_total", {{"kind", "correction"}}) == 1);
  CHECK(m.value("podseek_search_fallbacks_total", {{"kind", "any_word"}}) == 1);
  CHECK(m.value("podseek_index_up") == 1);
  CHECK(m.value("podseek_index_episodes") == 11);
  CHECK(m.value("podseek_index_documents") > 11);
  CHECK(m.value("podseek_index_revision") >= 1);
  auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
  double committed = m.value("podseek_index_last_commit_timestamp_seconds");
  CHECK(committed > now.count() - 600);
  CHECK(committed <= now.count());
}

TEST_CASE("The metrics of an index that cannot be read say so and still parse", "[metrics]") {
  testing::TempDir dir;
  testing::RunningServer server{ServerOptions{.db_path = dir.file("missing")}};
  auto res = server.client().Get("/metrics");
  REQUIRE(res->status == 200);
  ParsedMetrics m = parse_with_prometheus_client(res->body);
  if (m.exit_code == 77) return;
  REQUIRE(m.exit_code == 0);
  CHECK(m.value("podseek_index_up") == 0);
  CHECK(m.value("podseek_index_episodes") == -1);
}

TEST_CASE("The metrics parser check can fail: broken text is refused", "[metrics]") {
  ParsedMetrics m = parse_with_prometheus_client("# TYPE x counter\nx{route=\"a} 1\n");
  if (m.exit_code == 77) return;
  CHECK(m.exit_code == 1);
}

TEST_CASE("GET /opensearch.xml is an OpenSearch description whose templates search this site", "[opensearch]") {
  Fixture f;
  auto res = f.server.client().Get("/opensearch.xml");
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/opensearchdescription+xml");
  std::string base = "http://127.0.0.1:" + std::to_string(f.server.port());
  xmlDoc* doc = xmlReadMemory(res->body.data(), static_cast<int>(res->body.size()), "opensearch.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  REQUIRE(doc);
  xmlNode* root = xmlDocGetRootElement(doc);
  CHECK(xmlStrEqual(root->name, BAD_CAST "OpenSearchDescription"));
  REQUIRE(root->ns);
  CHECK(xmlStrEqual(root->ns->href, BAD_CAST "http://a9.com/-/spec/opensearch/1.1/"));
  xmlNode* short_name = child(root, "ShortName");
  REQUIRE(short_name);
  xmlChar* text = xmlNodeGetContent(short_name);
  CHECK(std::string(reinterpret_cast<const char*>(text)) == "podseek");
  xmlFree(text);
  REQUIRE(child(root, "Url", 0));
  CHECK(attribute(child(root, "Url", 0), "type") == "text/html");
  CHECK(attribute(child(root, "Url", 0), "template") == base + "/?q={searchTerms}");
  CHECK(attribute(child(root, "Url", 1), "template") == base + "/api/search?q={searchTerms}");
  xmlFreeDoc(doc);
}

TEST_CASE("The OpenSearch description uses public-url, and refuses a Host header that is no host", "[opensearch]") {
  testing::NetstackIndex index;
  testing::RunningServer server{ServerOptions{.db_path = index.path(), .public_url = "https://search.example"}};
  auto res = server.client().Get("/opensearch.xml");
  REQUIRE(res->status == 200);
  CHECK(res->body.find("template=\"https://search.example/api/search?q={searchTerms}\"") != std::string::npos);
  CHECK(res->body.find("text/html") == std::string::npos);  // no web page served

  testing::RunningServer by_host{ServerOptions{.db_path = index.path()}};
  auto evil = by_host.client().Get("/opensearch.xml", {{"Host", "a\"><x y=\"1"}});
  REQUIRE(evil);
  CHECK(evil->status == 400);
}

TEST_CASE("The web page links the OpenSearch description", "[opensearch]") {
  std::ifstream page(testing::repo_file("web/index.html"));
  std::string html((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
  CHECK(html.find(R"(<link rel="search" type="application/opensearchdescription+xml" title="podseek" href="/opensearch.xml">)") !=
        std::string::npos);
}
