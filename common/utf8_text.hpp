// Checking that bytes are well-formed UTF-8, by ICU's rules (U8_NEXT): overlong forms, surrogates
// (U+D800..U+DFFF), code points above U+10FFFF and cut sequences are all ill-formed.
// Thread safety: pure functions.
#pragma once

#include <string_view>

namespace podseek {

// True when `text` is well-formed UTF-8 (the empty text is).
bool is_valid_utf8(std::string_view text);

}  // namespace podseek
