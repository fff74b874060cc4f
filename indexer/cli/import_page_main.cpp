// podseek-import-page PAGE.txt [--overlay OVERLAY.json] --out CORPUS.json
// Imports an episode list page, applies the overlay, checks the result and writes the corpus.
#include <exception>
#include <iostream>
#include <string>

#include "common/corpus_json.hpp"
#include "indexer/page/corpus_overlay.hpp"
#include "indexer/page/episode_page_importer.hpp"

namespace {

int usage() {
  std::cerr << "usage: podseek-import-page PAGE.txt [--overlay OVERLAY.json] --out CORPUS.json\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string page, overlay, out;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--overlay" && i + 1 < argc) overlay = argv[++i];
    else if (arg == "--out" && i + 1 < argc) out = argv[++i];
    else if (page.empty() && arg.rfind("--", 0) != 0) page = arg;
    else return usage();
  }
  if (page.empty() || out.empty()) return usage();
  try {
    podseek::Podcast podcast = podseek::import_episode_page_file(page);
    if (!overlay.empty()) podseek::apply_overlay_file(podcast, overlay);
    podseek::validate_podcast(podcast, page + (overlay.empty() ? "" : " + " + overlay));
    podseek::save_corpus_file(podcast, out);
    std::cout << out << ": " << podcast.episodes.size() << " episodes\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "podseek-import-page: " << e.what() << "\n";
    return 1;
  }
}
