// Fuzz target: show notes and titles as HTML (indexer/feed/html_text). It never throws.
#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/html_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string html = podseek::fuzz::as_text(data, size);
  (void)podseek::html_to_text(html, "https://fuzz.example.com/episodes/1");
  (void)podseek::html_to_line(html);
  return 0;
}
