// The pieces of Atom (RFC 4287) both the feed and its entries use: text constructs (type "text",
// "html", "xhtml"), links by relation, xml:base and xml:lang, RFC 3339 dates and person names.
// Internal to the Atom reader. Thread safety: pure functions over a parsed document.
#pragma once

#include <libxml/tree.h>
#include <string>
#include <vector>

namespace podseek {

// A text construct's content: `html` true when it is markup (type "html", or "xhtml" serialised
// from its <div>), false for plain text (type "text" or none).
struct AtomText {
  std::string text;
  bool html = false;
};
AtomText atom_text(const xmlNode* construct);

// The construct's content as HTML: markup as it is; plain text escaped, its line breaks kept as <br>.
std::string atom_text_as_html(const AtomText& text);

// The href of the first atom:link of `parent` with relation `rel` (a link without rel is
// "alternate", as RFC 4287 says); for "alternate", one of type text/html (or no type) first.
std::string atom_link(const xmlNode* parent, const char* rel);

// The base relative references of `node` resolve against: its xml:base (and its ancestors'),
// itself resolved against `document_url`.
std::string atom_base(const xmlNode* node, const std::string& document_url);

// The language of `node` (xml:lang, its own or an ancestor's), "" when none is said.
std::string atom_language(const xmlNode* node);

// Whether `text` is an RFC 3339 date-time ("2025-01-06T08:00:00Z", "…T08:00:00.5+01:00").
bool is_rfc3339(const std::string& text);

// The names of the atom:author elements of `parent`, "" ones left out.
std::vector<std::string> atom_person_names(const xmlNode* parent);

}  // namespace podseek
