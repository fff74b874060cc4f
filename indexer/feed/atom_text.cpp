// Atom constructs (see atom_text.hpp).
#include "indexer/feed/atom_text.hpp"

#include <libxml/tree.h>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

// The markup of an xhtml construct: what its <div> holds, serialised.
std::string xhtml_markup(const xmlNode* construct) {
  const xmlNode* div = construct->children;
  while (div != nullptr && div->type != XML_ELEMENT_NODE) div = div->next;
  if (div == nullptr) return xml::text(construct);  // not as RFC 4287 says: its text
  std::string markup;
  xmlBufferPtr buffer = xmlBufferCreate();
  if (buffer == nullptr) return xml::text(div);
  for (xmlNode* node = div->children; node != nullptr; node = node->next) {
    xmlBufferEmpty(buffer);
    if (xmlNodeDump(buffer, div->doc, node, 0, 0) > 0) markup += reinterpret_cast<const char*>(xmlBufferContent(buffer));
  }
  xmlBufferFree(buffer);
  return ascii::trim(markup);
}

std::string owned(xmlChar* value) {
  if (value == nullptr) return "";
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return ascii::trim(text);
}

bool digits(const std::string& text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return false;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!ascii::is_digit(text[i])) return false;
  }
  return true;
}

}  // namespace

AtomText atom_text(const xmlNode* construct) {
  if (construct == nullptr) return {};
  const std::string type = ascii::lower(xml::attr(construct, "type"));
  if (type == "xhtml") return {xhtml_markup(construct), true};
  return {xml::text(construct), type == "html" || type == "text/html"};
}

std::string atom_text_as_html(const AtomText& text) {
  if (text.html) return text.text;
  std::string html;
  for (char c : text.text) {
    if (c == '&') html += "&amp;";
    else if (c == '<') html += "&lt;";
    else if (c == '>') html += "&gt;";
    else if (c == '\n') html += "<br>";
    else html += c;
  }
  return html;
}

std::string atom_link(const xmlNode* parent, const char* rel) {
  const std::string wanted = rel;
  std::string any;
  for (const xmlNode* link : xml::children(parent, xml::atom("link"))) {
    std::string relation = ascii::lower(xml::attr(link, "rel"));
    if (relation.empty()) relation = "alternate";
    const std::string href = xml::attr(link, "href");
    if (relation != wanted || href.empty()) continue;
    if (wanted != "alternate") return href;
    const std::string type = ascii::lower(xml::attr(link, "type"));
    if (type.empty() || type == "text/html" || type == "application/xhtml+xml") return href;
    if (any.empty()) any = href;
  }
  return any;
}

std::string atom_base(const xmlNode* node, const std::string& document_url) {
  std::string base = owned(xmlNodeGetBase(node->doc, node));
  return base.empty() ? document_url : resolve_url(document_url, base);
}

std::string atom_language(const xmlNode* node) { return owned(xmlNodeGetLang(node)); }

bool is_rfc3339(const std::string& text) {
  // 2025-01-06T08:00:00 then an optional fraction, then Z or ±HH:MM.
  if (text.size() < 20 || !digits(text, 0, 4) || text[4] != '-' || !digits(text, 5, 2) || text[7] != '-' ||
      !digits(text, 8, 2) || (text[10] != 'T' && text[10] != 't') || !digits(text, 11, 2) || text[13] != ':' ||
      !digits(text, 14, 2) || text[16] != ':' || !digits(text, 17, 2)) {
    return false;
  }
  std::size_t at = 19;
  if (text[at] == '.') {
    ++at;
    std::size_t start = at;
    while (at < text.size() && ascii::is_digit(text[at])) ++at;
    if (at == start) return false;
  }
  if (at + 1 == text.size() && (text[at] == 'Z' || text[at] == 'z')) return true;
  return at + 6 == text.size() && (text[at] == '+' || text[at] == '-') && digits(text, at + 1, 2) &&
         text[at + 3] == ':' && digits(text, at + 4, 2);
}

std::vector<std::string> atom_person_names(const xmlNode* parent) {
  std::vector<std::string> names;
  for (const xmlNode* person : xml::children(parent, xml::atom("author"))) {
    std::string name = xml::text(xml::child(person, xml::atom("name")));
    if (!name.empty()) names.push_back(name);
  }
  return names;
}

}  // namespace podseek
