// HTML-safe highlighting: escapes text and wraps the words a query matched in <mark>, using
// the same analysis as the index (so "HTTP/3" is marked for a query "http3").
// Thread safety: functions use the calling thread's analyser.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "search-server/core/query_builder.hpp"

namespace podseek {

// Escapes & < > " ' for HTML text and attributes.
std::string escape_html(std::string_view text);

// The whole text, escaped, with every matching word marked.
std::string highlight(std::string_view text, const HighlightTerms& terms);

// True when some word of the text matches.
bool has_match(std::string_view text, const HighlightTerms& terms);

// Like snippet(), but nullopt when nothing in the text matches (the text is analysed once).
std::optional<std::string> snippet_of_match(std::string_view text, const HighlightTerms& terms,
                                            std::size_t max_bytes = 220);

// The byte offset of the first word of the text that matches; nullopt when none does.
std::optional<std::size_t> first_match_offset(std::string_view text, const HighlightTerms& terms);

// A window of about max_bytes of the text that begins a little before byte `at` (at most a quarter
// of max_bytes, moved to a space), escaped and marked, with "…" where it was cut.
std::string snippet_at(std::string_view text, const HighlightTerms& terms, std::size_t at, std::size_t max_bytes = 220);

// A window of about max_bytes of the text around its densest matches, escaped and marked,
// with "…" where it was cut. Without a match: the beginning of the text, unmarked.
std::string snippet(std::string_view text, const HighlightTerms& terms, std::size_t max_bytes = 220);

}  // namespace podseek
