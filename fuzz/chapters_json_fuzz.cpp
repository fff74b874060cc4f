// Fuzz target: podcast:chapters JSON files (indexer/feed/chapters_json); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/chapters_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_chapters_json(podseek::fuzz::as_text(data, size), "fuzz-chapters.json");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
