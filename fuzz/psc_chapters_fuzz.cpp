// Fuzz target: Podlove Simple Chapters (indexer/feed/psc_chapters); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/psc_chapters.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_psc_chapters(podseek::fuzz::as_text(data, size), "https://example.org/feed.xml");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
