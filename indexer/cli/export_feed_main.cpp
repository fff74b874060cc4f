// podseek-export-feed CORPUS.json --out FEED.xml
// Renders a corpus as an RSS feed (see indexer/feed/rss_writer.hpp); data/netstack-feed.xml is made
// this way from data/netstack.json.
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "common/corpus_json.hpp"
#include "indexer/feed/rss_writer.hpp"

namespace {

int usage() {
  std::cerr << "usage: podseek-export-feed CORPUS.json --out FEED.xml\n";
  return 2;
}

// Writes via a temporary file and a rename, so a reader never sees half a feed.
void write_file(const std::string& path, const std::string& text) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw std::runtime_error(temporary + ": cannot be written");
  }
  std::filesystem::rename(temporary, path);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, out;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--out" && i + 1 < argc)
      out = argv[++i];
    else if (corpus.empty() && arg.rfind("--", 0) != 0)
      corpus = arg;
    else
      return usage();
  }
  if (corpus.empty() || out.empty()) return usage();
  try {
    podseek::Podcast podcast = podseek::load_corpus_file(corpus);
    write_file(out, podseek::write_rss(podcast));
    std::cout << out << ": " << podcast.episodes.size() << " episodes\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "podseek-export-feed: " << e.what() << "\n";
    return 1;
  }
}
