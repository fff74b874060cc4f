// Which words of a text belong to a web address, so that type-ahead and spelling correction
// never offer pieces of URLs ("tokiors" from https://tokio.rs/…): a word inside a
// white-space-delimited token that has "://", starts with "www." or is an e-mail address, and
// the joined forms of dotted names ("tokio.rs", "node.js"), whose parts alone are words.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace podseek {

// True when byte `at` of text lies in a token (between white space) that is a URL, a bare
// "www." address or an e-mail address.
bool within_url(std::string_view text, std::size_t at);

// True when the word's raw text has a '.' between two letters ("tokio.rs", "Node.js"; not "1.3").
bool is_dotted_name(std::string_view raw_word);

}  // namespace podseek
