// Static files of the web page (see static_site.hpp).
#include "search-server/static_site.hpp"

namespace podseek {

void mount_static_site(httplib::Server& server, const ServerOptions& options) {
  if (options.web_dir.empty()) return;
  server.set_mount_point("/", options.web_dir);
}

}  // namespace podseek
