// Imports a podcast-app episode list page (plain text copied from the app, fields run together)
// into the episode model: titles, descriptions, show-note links and chapters.
// Thread safety: free functions without shared state.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// True when text looks like such a page (not JSON, not XML, has a "Description" line and at least
// one episode footer "More information:").
bool looks_like_episode_page(const std::string& text);

// Parses a page. Episodes keep page order; each gets the guid "<podcast>-episode-<number>" (or
// "<podcast>-<title>" without a number), which the overlay may replace; hosts/guests stay empty
// (the overlay adds them, else guests are inferred when indexing). Show-note links repeated in more than half the episodes are dropped as boilerplate.
// Throws InputError naming source_name when no episode is found.
Podcast import_episode_page(const std::string& text, const std::string& source_name);

// Reads path and imports it. Throws InputError when the file cannot be read.
Podcast import_episode_page_file(const std::string& path);

// The show-note links in run-together text, both "URL — label" and "label: URL" styles.
// Exposed for tests.
std::vector<Link> split_links(const std::string& text);


}  // namespace podseek
