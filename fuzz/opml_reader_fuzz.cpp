// Fuzz target: OPML subscription lists (indexer/feed/opml_reader); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/opml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_opml(podseek::fuzz::as_text(data, size), "fuzz.opml");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
