// Fuzz target: VTT transcripts (indexer/feed/transcript_vtt); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/transcript_vtt.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_vtt(podseek::fuzz::as_text(data, size), "fuzz.vtt");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
