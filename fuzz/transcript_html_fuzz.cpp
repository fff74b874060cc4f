// Fuzz target: HTML transcripts (indexer/feed/transcript_html); InputError is allowed.
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/transcript_html.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    podseek::parse_transcript_html(podseek::fuzz::as_text(data, size), "fuzz.html");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
