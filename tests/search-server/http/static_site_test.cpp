// Tests for search-server/static_site: which request paths map to which files, and the headers.
#include "search-server/http/static_site.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using podseek::StaticSite;

namespace {

// A web/ folder of its own in a unique temporary directory, removed afterwards.
struct WebDir {
  fs::path root;
  WebDir() {
    root = fs::temp_directory_path() / ("podseek-static-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(root / "js");
    write("index.html", "<!doctype html><title>app</title>");
    write("js/app.js", "console.log(1)");
    write("embed.js", "/* embed */");
    write(".secret.js", "no");
    write("notes.md", "no");
    write(fs::path("..") / (root.filename().string() + "-outside.txt"), "outside");
    fs::create_symlink(root.parent_path() / (root.filename().string() + "-outside.txt"), root / "link.txt");
    // A folder link out of the site (issue 15: webcopy/etc -> /etc served /etc/X11/rgb.txt).
    fs::create_directories(root / "outside-dir");
    std::ofstream(root / "outside-dir" / "rgb.txt") << "outside";
    fs::rename(root / "outside-dir", root.parent_path() / (root.filename().string() + "-dir"));
    fs::create_symlink(root.parent_path() / (root.filename().string() + "-dir"), root / "etc");
    fs::create_symlink(root / "js", root / "js-link");
  }
  ~WebDir() {
    std::error_code ec;
    fs::remove(root.parent_path() / (root.filename().string() + "-outside.txt"), ec);
    fs::remove_all(root.parent_path() / (root.filename().string() + "-dir"), ec);
    fs::remove_all(root, ec);
  }
  void write(const fs::path& name, const std::string& text) { std::ofstream(root / name) << text; }
};

}  // namespace

TEST_CASE("The page routes are answered with the app shell", "[static_site]") {
  WebDir web;
  const StaticSite site(web.root);
  for (const char* path : {"/", "/guests", "/topics", "/podcasts", "/episodes/11", "/episodes/netstack.fm/11",
                           "/podcasts/netstack.fm", "/guests/Max Inden", "/guests/AC/DC"}) {
    INFO(path);
    auto file = site.resolve(path);
    REQUIRE(file);
    CHECK(file->filename() == "index.html");
  }
}

TEST_CASE("Plain files with a known type are served, and nothing else", "[static_site]") {
  WebDir web;
  const StaticSite site(web.root);
  CHECK(site.resolve("/js/app.js") == web.root / "js" / "app.js");
  CHECK(site.resolve("/embed.js") == web.root / "embed.js");
  for (const char* path :
       {"/.secret.js", "/notes.md", "/link.txt", "/etc/rgb.txt", "/js-link/app.js", "/js", "/js/", "/missing.js", "/../x.txt", "/js/../embed.js",
        "/episodes/netstack.fm/11/chapters", "/podcasts/a/b", "/guests/", "//embed.js", "/js//app.js", "relative.js"}) {
    INFO(path);
    CHECK_FALSE(site.resolve(path));
  }
  CHECK_FALSE(site.resolve(std::string("/index.html\0.png", 16)));
}

TEST_CASE("The page of something the index does not have is the app shell with 404", "[static_site]") {
  WebDir web;
  std::vector<std::string> asked;
  const StaticSite site(web.root, [&](std::string_view kind, const std::string& key) {
    asked.push_back(std::string(kind) + ":" + key);
    return key == "11" || key == "Max Inden";
  });
  httplib::Request req;
  req.method = "GET";
  for (auto [path, status] : {std::pair{"/episodes/11", 200}, {"/episodes/999", 404}, {"/guests/Max Inden", 200},
                              {"/podcasts/none", 404}, {"/guests", 200}}) {
    INFO(path);
    req.path = path;
    httplib::Response res;
    REQUIRE(site.serve(req, res));
    CHECK(res.status == status);
    CHECK(res.body.find("<title>app</title>") != std::string::npos);
  }
  CHECK(asked == std::vector<std::string>{"episodes:11", "episodes:999", "guests:Max Inden", "podcasts:none"});
}

TEST_CASE("Content types come from the extension", "[static_site]") {
  CHECK(podseek::site_content_type("app.js") == "text/javascript; charset=utf-8");
  CHECK(podseek::site_content_type("site.css") == "text/css; charset=utf-8");
  CHECK(podseek::site_content_type("index.html") == "text/html; charset=utf-8");
  CHECK(podseek::site_content_type("favicon.svg") == "image/svg+xml");
  CHECK_FALSE(podseek::site_content_type("run.sh"));
  CHECK_FALSE(podseek::site_content_type("Makefile"));
}

TEST_CASE("Pages carry a strict CSP and nosniff; unknown page paths get the shell with 404", "[static_site]") {
  WebDir web;
  const StaticSite site(web.root);
  httplib::Request req;
  req.method = "GET";
  req.path = "/guests";
  httplib::Response res;
  REQUIRE(site.serve(req, res));
  CHECK(res.status == 200);
  CHECK(res.get_header_value("X-Content-Type-Options") == "nosniff");
  const std::string csp = res.get_header_value("Content-Security-Policy");
  CHECK(csp.find("default-src 'none'") != std::string::npos);
  CHECK(csp.find("script-src 'self'") != std::string::npos);
  CHECK(csp.find("unsafe-inline") == std::string::npos);

  req.path = "/js/app.js";
  httplib::Response js;
  REQUIRE(site.serve(req, js));
  CHECK(js.get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(js.get_header_value("X-Content-Type-Options") == "nosniff");

  req.path = "/no/such/page";
  httplib::Response missing;
  CHECK_FALSE(site.serve(req, missing));
  REQUIRE(site.serve_not_found_page(req, missing));
  CHECK(missing.status == 404);
  CHECK(missing.body.find("<title>app</title>") != std::string::npos);

  req.path = "/missing.js";
  httplib::Response asset;
  CHECK_FALSE(site.serve_not_found_page(req, asset));
}

TEST_CASE("Files carry a strong ETag of their content; If-None-Match with it answers 304", "[static_site]") {
  WebDir web;
  const StaticSite site(web.root);
  httplib::Request req;
  req.method = "GET";
  req.path = "/js/app.js";
  httplib::Response first;
  REQUIRE(site.serve(req, first));
  const std::string etag = first.get_header_value("ETag");
  CHECK(etag == podseek::site_etag("console.log(1)"));
  CHECK(etag.size() == 18);
  CHECK(etag.front() == '"');  // strong: no W/
  CHECK(first.get_header_value("Cache-Control") == "no-cache");

  for (const std::string& header : {etag, "\"other\", " + etag, "W/" + etag, std::string("*")}) {
    INFO(header);
    req.headers = {{"If-None-Match", header}};
    httplib::Response again;
    REQUIRE(site.serve(req, again));
    CHECK(again.status == 304);
    CHECK(again.body.empty());
    CHECK(again.get_header_value("ETag") == etag);
  }
  req.headers = {{"If-None-Match", "\"0000000000000000\""}};
  httplib::Response stale;
  REQUIRE(site.serve(req, stale));
  CHECK(stale.status == 200);
  CHECK(stale.body == "console.log(1)");

  // A changed file has another tag, so the old one no longer matches.
  web.write("js/app.js", "console.log(2)");
  req.headers = {{"If-None-Match", etag}};
  httplib::Response changed;
  REQUIRE(site.serve(req, changed));
  CHECK(changed.status == 200);
  CHECK(changed.get_header_value("ETag") != etag);
  CHECK(podseek::site_etag("a") != podseek::site_etag("b"));
}
