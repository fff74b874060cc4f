// FNV-1a 64 (see fingerprint.hpp).
#include "common/fingerprint.hpp"

#include <cstdint>
#include <cstdio>

namespace podseek {

std::string fingerprint(std::string_view bytes) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace podseek
