// Stable 64-bit FNV-1a hashes of bytes: the same input gives the same value on every machine and
// run. fnv1a64 is the standard hash (shard placement, ETags); fingerprint() is its text form for
// ids of guid-only episodes and change detection.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace podseek {

inline constexpr std::uint64_t kFnv1a64Basis = 14695981039346656037ULL;  // the standard offset basis
// fingerprint()'s basis, kept as first written (one digit short of the standard one): episode ids
// and content hashes already in indexes are made from it and must not change.
inline constexpr std::uint64_t kFingerprintBasis = 1469598103934665603ULL;

// FNV-1a 64 of `bytes` starting from `basis`.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t basis = kFnv1a64Basis);

// fnv1a64(bytes, kFingerprintBasis) as 16 lower-case hex digits.
std::string fingerprint(std::string_view bytes);

}  // namespace podseek
