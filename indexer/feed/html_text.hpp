// Turns the HTML of feed descriptions, content:encoded and titles into plain text for indexing,
// keeping <a href> links (with their labels) as show notes. Uses libxml2's forgiving HTML parser.
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

struct HtmlText {
  std::string text;         // block elements and <br> become line breaks; entities decoded; a list
                            // item that is just a link is a show note, kept in links only
  std::vector<Link> links;  // each <a href> once, in document order, resolved against base_url
};

// Converts an HTML fragment (or plain text, whose line breaks are kept) to text and links.
// Relative hrefs are resolved against base_url ("" leaves them as written); javascript:
// and fragment-only links are dropped. Never throws for malformed HTML.
HtmlText html_to_text(const std::string& html, const std::string& base_url = "");

// The text of a one-line field (a title), whitespace folded to single spaces. It is read as HTML
// only when it has a tag feeds use in titles (<b>, <i>, <em>, <br>, <span>…) or an entity and
// no '<': a plain title may well say "<Bytes>" and keeps it.
std::string html_to_line(const std::string& html);

}  // namespace podseek
