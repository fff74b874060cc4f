// Words of a title or description as guest inference sees them (guest_inference.hpp): each word's
// core (letters, digits, inner apostrophes, hyphens and dots) with the punctuation around it, and
// its shape (capitalised, lowercase, an initial such as "G.") judged by ICU, so "Siobhán",
// "Ørsted" and "Łukasz" are capitalised words like "Jen".
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace podseek {

struct NameToken {
  std::string core;    // the word without surrounding punctuation; "" for a lone ",", "-", "&", …
  std::string before;  // punctuation stripped from its front, e.g. "(" or "“"
  std::string after;   // punctuation stripped from its end, e.g. "," or ")!"
  bool capitalised = false;  // starts with an upper- or title-case letter and has a lowercase one
  bool lowercase = false;    // starts with a lowercase letter
  bool initial = false;      // one capital letter followed by "." ("G.")
  bool has_digit = false;
  bool possessive = false;   // ends in 's or ’s ("Apple's")
  std::string folded;        // core, lower-cased by ICU (for comparisons and vocabulary)
};

// The most words of one text that are looked at; the rest is ignored (bounds the work).
constexpr std::size_t kMaxNameTokens = 4000;

// Splits text at white space into tokens (at most kMaxNameTokens).
std::vector<NameToken> name_tokens(const std::string& text);

// ICU lower-casing of UTF-8 text (invalid bytes become U+FFFD).
std::string fold_name(const std::string& text);

}  // namespace podseek
