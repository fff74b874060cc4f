// FNV-1a 64 (see fingerprint.hpp).
#include "common/fingerprint.hpp"

#include <cstdio>

namespace podseek {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t basis) {
  std::uint64_t hash = basis;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;  // the FNV 64-bit prime
  }
  return hash;
}

std::string fingerprint(std::string_view bytes) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(fnv1a64(bytes, kFingerprintBasis)));
  return buffer;
}

}  // namespace podseek
