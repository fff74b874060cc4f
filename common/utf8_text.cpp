// Well-formed UTF-8 by ICU's rules (see utf8_text.hpp).
#include "common/utf8_text.hpp"

#include <cstdint>
#include <limits>

#include <unicode/utf8.h>

namespace podseek {

bool is_valid_utf8(std::string_view text) {
  // U8_NEXT counts in int32_t; longer text is refused rather than read in parts.
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) return false;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace podseek
