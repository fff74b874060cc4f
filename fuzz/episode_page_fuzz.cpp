// Fuzz target: podcast-app episode pages (indexer/page/episode_page_importer); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/page/episode_page_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = podseek::fuzz::as_text(data, size);
  (void)podseek::looks_like_episode_page(text);
  try {
    podseek::import_episode_page(text, "fuzz-page.txt");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
