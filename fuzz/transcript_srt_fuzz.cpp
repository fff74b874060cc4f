// Fuzz target: SRT transcripts (indexer/feed/transcript_srt); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/transcript_srt.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_srt(podseek::fuzz::as_text(data, size), "fuzz.srt");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
