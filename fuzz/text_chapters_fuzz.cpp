// Fuzz target: chapter lists written in description text (common/text_chapters). It never
// throws, and the text without its list is never longer than the text.
#include <cstdlib>

#include "fuzz/fuzz_input.hpp"
#include "common/text_chapters.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = podseek::fuzz::as_text(data, size);
  podseek::TextChapters found = podseek::find_text_chapters(text);
  if (podseek::without_chapter_list(text, found).size() > text.size()) std::abort();
  return 0;
}
