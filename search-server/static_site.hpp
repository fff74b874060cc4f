// Serves the web page and its assets from the --web folder: the search page at "/", the
// browse pages, and embed.js for other sites.
// Thread safety: configure before listening.
#pragma once

#include <httplib.h>

#include "search-server/server_options.hpp"

namespace podseek {

// Does nothing when options.web_dir is empty.
void mount_static_site(httplib::Server& server, const ServerOptions& options);

}  // namespace podseek
