// Fuzz target: plain-text transcripts with timestamps (indexer/feed/transcript_text); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/transcript_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_text_transcript(podseek::fuzz::as_text(data, size), "fuzz.txt");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
