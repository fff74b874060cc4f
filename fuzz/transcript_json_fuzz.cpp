// Fuzz target: JSON transcripts (indexer/feed/transcript_json); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/transcript_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_transcript_json(podseek::fuzz::as_text(data, size), "fuzz-transcript.json");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
