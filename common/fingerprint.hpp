// A stable 64-bit FNV-1a fingerprint of bytes, as 16 hex digits: the same input gives the same
// text on every machine and run (used for ids of guid-only episodes and change detection).
// Thread safety: pure function.
#pragma once

#include <string>
#include <string_view>

namespace podseek {

std::string fingerprint(std::string_view bytes);

}  // namespace podseek
