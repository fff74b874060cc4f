// Fuzz target: the small readers of feed values that see outside text: dates (feed_date),
// durations (feed_duration), the bare-ampersand repair (xml_repair) and the encoding choice
// (xml_encoding). None may throw or crash on any input; a repaired text only ever grows.
#include <cstdlib>

#include "fuzz/fuzz_input.hpp"
#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/feed_duration.hpp"
#include "indexer/feed/xml_encoding.hpp"
#include "indexer/feed/xml_repair.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = podseek::fuzz::as_text(data, size);
  podseek::parse_feed_date(text);
  podseek::parse_feed_duration(text);
  podseek::xml::choose_encoding(text, size % 2 == 0 ? nullptr : "ISO-8859-1");
  std::string notice;
  podseek::xml::text_as_utf8(text, notice);
  if (podseek::xml::escape_bare_ampersands(text).text.size() < text.size()) std::abort();
  return 0;
}
