// Which URLs a feed may make the indexer fetch (its chapters and transcripts), so that a feed
// cannot read the indexer's own files or reach services behind it:
//   * a feed fetched over HTTP may name http(s) URLs only, never file:// or bare paths;
//   * nor, unless allow_private_addresses, a host that is or resolves to a loopback, link-local,
//     private, shared (100.64/10), unspecified or multicast address (every address is checked),
//     except when the feed itself came from a loopback address (single-host set-ups, tests);
//     every redirect hop of such a fetch is held to the same rules before it is requested;
//   * a feed given as a local file may name http(s) URLs (loopback too) and local files inside its
//     own folder only (symbolic links resolved before the check).
// Thread safety: pure functions, apart from the fetcher's host resolution.
#pragma once

#include <optional>
#include <string>

#include "indexer/feed/feed_fetcher.hpp"

namespace podseek {

struct AttachmentPolicy {
  bool allow_private_addresses = false;  // --allow-private-addresses
};

enum class AddressClass { kPublic, kLoopback, kPrivate };  // kPrivate: every other non-public range

// The class of a literal IPv4 or IPv6 address; nullopt when `host` is not one.
std::optional<AddressClass> classify_address(const std::string& host);

// The host of an http(s) URL ("" when it has none), without IPv6 brackets.
std::string url_host(const std::string& url);

// Why `url`, named by the feed at `feed_source` (its final URL or file path), must not be
// fetched; nullopt when it may. Host names are resolved with fetcher.resolve_host().
std::optional<std::string> refuse_attachment(const std::string& feed_source, const std::string& url,
                                             const AttachmentPolicy& policy, FeedFetcher& fetcher);

}  // namespace podseek
