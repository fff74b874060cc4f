// OPML with libxml2 (see opml_reader.hpp).
#include "indexer/feed/opml_reader.hpp"

#include <set>

#include "common/status.hpp"
#include "indexer/feed/feed_url.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

bool is_outline(const xmlNode* node) { return node->type == XML_ELEMENT_NODE && xml::is(node, xml::rss("outline")); }

struct OutlineWalk {
  const std::string& source;
  OpmlRead read;
  std::set<std::string> seen;
  std::size_t outlines = 0;
  bool too_deep_said = false;

  // Returns whether to go on.
  bool visit(const xmlNode* outline) {
    if (++outlines > OpmlLimits::kMaxOutlines) {
      read.warnings.push_back("more than " + std::to_string(OpmlLimits::kMaxOutlines) + " outlines; the rest dropped");
      return false;
    }
    std::string raw = xml::attr(outline, "xmlUrl");
    std::string title = xml::attr(outline, "title");
    if (title.empty()) title = xml::attr(outline, "text");
    if (raw.empty()) {
      if (outline->children == nullptr) {  // a folder is an outline with children and no xmlUrl
        read.warnings.push_back("outline " + std::to_string(outlines) + " (\"" + title.substr(0, 80) + "\"): no xmlUrl; skipped");
      }
      return true;
    }
    std::string url = resolve_url(source, raw);
    if (seen.insert(url).second) read.feeds.push_back({url, title});
    return true;
  }
};

}  // namespace

bool looks_like_opml(const std::string& head) {
  std::size_t at = 0;
  while ((at = head.find('<', at)) != std::string::npos) {
    char next = at + 1 < head.size() ? head[at + 1] : '\0';
    if (next != '?' && next != '!') return head.compare(at, 5, "<opml") == 0;
    ++at;
  }
  return false;
}

OpmlRead parse_opml(const std::string& text, const std::string& source) {
  xml::ParsedXml parsed = xml::read_xml(text);
  const xmlNode* root = parsed.doc ? xmlDocGetRootElement(parsed.doc.get()) : nullptr;
  if (root == nullptr) throw InputError(source + ": not an XML document (" + parsed.problem + ")");
  if (!xml::is(root, xml::rss("opml"))) throw InputError(source + ": not OPML: the root element is not <opml>");
  const xmlNode* body = xml::child(root, xml::rss("body"));
  if (body == nullptr) throw InputError(source + ": not OPML: <opml> has no <body>");
  OutlineWalk walk{source, {}, {}, 0, false};
  if (!parsed.problem.empty()) walk.read.warnings.push_back("not well-formed XML, read what could be recovered (" + parsed.problem + ")");
  std::size_t depth = 1;
  const xmlNode* node = body->children;
  while (node != nullptr) {
    bool enter = false;
    if (is_outline(node)) {
      if (!walk.visit(node)) break;
      enter = node->children != nullptr;
      if (enter && depth >= OpmlLimits::kMaxDepth) {
        if (!walk.too_deep_said) walk.read.warnings.push_back("outlines nested deeper than " + std::to_string(OpmlLimits::kMaxDepth) + " levels; skipped");
        walk.too_deep_said = true;
        enter = false;
      }
    }
    if (enter) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node != nullptr && node->next == nullptr && node->parent != body) {
      node = node->parent;
      --depth;
    }
    node = node != nullptr ? node->next : nullptr;
  }
  return std::move(walk.read);
}

}  // namespace podseek
