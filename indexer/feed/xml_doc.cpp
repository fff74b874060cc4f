// libxml2 plumbing for the RSS reader.
#include "indexer/feed/xml_doc.hpp"

#include <algorithm>
#include <cstring>
#include <libxml/parser.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>

#include <unordered_map>

#include "common/ascii_text.hpp"
#include "indexer/feed/html_entities.hpp"
#include "indexer/feed/xml_encoding.hpp"
#include "indexer/feed/xml_repair.hpp"

namespace podseek::xml {
namespace {

const char* const kOldPodcastNamespace = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md";

using ascii::trim;

bool same_namespace(const char* href, const char* wanted) {
  if (std::strcmp(href, wanted) == 0) return true;
  return std::strcmp(wanted, kPodcast) == 0 && std::strcmp(href, kOldPodcastNamespace) == 0;
}

// Keeps the first error libxml2 reports: later ones are usually consequences of it.
void keep_first_error(void* data, xmlErrorPtr error) {
  auto* first = static_cast<std::string*>(data);
  if (!first->empty() || error == nullptr) return;
  std::string message = error->message != nullptr ? trim(error->message) : "malformed";
  *first = "line " + std::to_string(error->line) + ": " + message;
}

// libxml2 stops entities nested deeper than 40 ("entity reference loop"); past this the size is
// taken as over budget, so the count below never recurses further.
constexpr int kMaxEntityDepth = 48;

// The bytes that references to a document's DTD entities expand to, counted as they are parsed:
// a reference past kMaxEntityExpansionBytes in all is dropped (no node is made for it). Each
// entity's full expansion is computed once and remembered, so a nested bomb costs no more.
class EntityBudget {
 public:
  explicit EntityBudget(referenceSAXFunc make_node) : make_node_(make_node) {}

  static void on_reference(void* context, const xmlChar* name);
  void count_reference(void* context, const xmlChar* name) {
    auto* parser = static_cast<xmlParserCtxtPtr>(context);
    EntityBudget* budget = this;
    xmlEntityPtr entity = xmlGetDocEntity(parser->myDoc, name);
    std::size_t size = entity != nullptr ? budget->expanded_size(parser->myDoc, entity, 0) : 0;
    if (size > kMaxEntityExpansionBytes - budget->used_) {
      budget->exceeded_ = true;
      return;
    }
    budget->used_ += size;
    if (budget->make_node_ != nullptr) budget->make_node_(context, name);
  }

  bool exceeded() const { return exceeded_; }

 private:
  // The text an entity expands to, walking its parsed content without recursion, except into
  // entities it references (bounded by kMaxEntityDepth).
  std::size_t expanded_size(xmlDoc* doc, xmlEntity* entity, int depth) {
    auto known = sizes_.find(entity);
    if (known != sizes_.end()) return known->second;
    if (depth > kMaxEntityDepth) return kMaxEntityExpansionBytes + 1;
    std::size_t size = entity->children == nullptr && entity->length > 0 ? entity->length : 0;
    auto* top = reinterpret_cast<xmlNode*>(entity);
    for (xmlNode* node = entity->children; node != nullptr && size <= kMaxEntityExpansionBytes;) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        size += node->content != nullptr ? static_cast<std::size_t>(xmlStrlen(node->content)) : 0;
      } else if (node->type == XML_ENTITY_REF_NODE) {
        xmlEntityPtr inner = xmlGetDocEntity(doc, node->name);
        if (inner != nullptr && inner != entity) size += expanded_size(doc, inner, depth + 1);
      } else if (node->type == XML_ELEMENT_NODE && node->children != nullptr) {
        node = node->children;
        continue;
      }
      while (node != nullptr && node->next == nullptr && node->parent != top) node = node->parent;
      node = node != nullptr ? node->next : nullptr;
    }
    sizes_[entity] = size;
    return size;
  }

  referenceSAXFunc make_node_;
  std::size_t used_ = 0;
  bool exceeded_ = false;
  std::unordered_map<const xmlEntity*, std::size_t> sizes_;
};

// What the SAX hooks of one parse share (xmlParserCtxt::_private).
struct ParseHooks {
  EntityBudget budget;
  std::size_t html_entities = 0;  // references to HTML entities XML does not define
  std::string first_html_entity;

  static xmlEntityPtr on_get_entity(void* context, const xmlChar* name) {
    auto* parser = static_cast<xmlParserCtxtPtr>(context);
    auto* hooks = static_cast<ParseHooks*>(parser->_private);
    bool from_html = false;
    xmlEntityPtr entity = entity_or_html(parser, name, from_html);
    if (from_html && hooks->html_entities++ == 0) hooks->first_html_entity = reinterpret_cast<const char*>(name);
    // Once added, the entity is the document's: later references find it without the table.
    return entity;
  }
};

void EntityBudget::on_reference(void* context, const xmlChar* name) {
  static_cast<ParseHooks*>(static_cast<xmlParserCtxtPtr>(context)->_private)->budget.count_reference(context, name);
}

// One parse of `text` (read as `encoding`, or as it declares when nullptr) into `result`.
void parse_into(std::string_view text, const char* encoding, ParsedXml& result) {
  result.doc.reset();
  result.problem.clear();
  result.syntax_error = false;
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (context == nullptr) return;
  int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOWARNING;
  ParseHooks hooks{EntityBudget(context->sax->reference)};
  context->_private = &hooks;
  context->sax->reference = &EntityBudget::on_reference;
  context->sax->getEntity = &ParseHooks::on_get_entity;
  std::string first_error;
  // libxml2 keeps this handler per thread, so concurrent parses do not see each other's errors.
  xmlSetStructuredErrorFunc(&first_error, keep_first_error);
  result.doc.reset(xmlCtxtReadMemory(context, text.data(), static_cast<int>(text.size()), nullptr, encoding, options));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!context->wellFormed || !context->nsWellFormed) {
    result.problem = first_error.empty() ? "malformed" : first_error;
  }
  result.syntax_error = !context->wellFormed;
  // (A second parse, in another encoding, says each notice once.)
  auto notice = [&result](const std::string& text) {
    if (std::find(result.notices.begin(), result.notices.end(), text) == result.notices.end()) result.notices.push_back(text);
  };
  if (hooks.html_entities > 0) {
    std::string others = hooks.html_entities == 1 ? "" : " and " + std::to_string(hooks.html_entities - 1) + " other kinds";
    notice("HTML entities XML does not define (&" + hooks.first_html_entity + ";" + others + ") read as their characters");
  }
  if (hooks.budget.exceeded()) {
    notice("entity expansion over " + std::to_string(kMaxEntityExpansionBytes) +
                             " bytes; the entity references past it were dropped");
  }
  xmlFreeParserCtxt(context);
}

// After a syntax error: bare '&'s (xml_repair.hpp) escaped, parsed again. Not for UTF-16 or
// UTF-32 bytes (NULs), which a byte-wise repair would break.
void reparse_with_ampersands_escaped(std::string_view bytes, const std::string& encoding, ParsedXml& result) {
  if (bytes.find('\0') != std::string_view::npos) return;
  Repaired repaired = escape_bare_ampersands(bytes);
  if (repaired.ampersands == 0) return;
  parse_into(repaired.text, encoding.empty() ? nullptr : encoding.c_str(), result);
  result.notices.push_back(std::to_string(repaired.ampersands) + (repaired.ampersands == 1 ? " bare '&'" : " bare '&'s") +
                           " that start no entity read as text");
}

}  // namespace

ParsedXml read_xml(const std::string& text) {
  ParsedXml result;
  std::string_view bytes = text;
  std::string without_space;
  if (std::size_t space = space_before_declaration(bytes)) {
    // libxml2 would ignore a declaration that does not open the document, and its encoding with it.
    std::size_t mark = text.size() > 2 && text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    without_space = text.substr(0, mark) + text.substr(mark + space);
    bytes = without_space;
    result.notices.push_back("white space before the XML declaration (" + std::to_string(space) +
                             (space == 1 ? " byte" : " bytes") + "); ignored");
  }
  parse_into(bytes, nullptr, result);
  const char* declared = result.doc && result.doc->encoding ? reinterpret_cast<const char*>(result.doc->encoding) : nullptr;
  EncodingChoice choice = choose_encoding(bytes, declared);
  if (!choice.encoding.empty()) {
    parse_into(bytes, choice.encoding.c_str(), result);
    result.notices.push_back(choice.notice);
  }
  if (result.syntax_error) reparse_with_ampersands_escaped(bytes, choice.encoding, result);
  return result;
}

bool is(const xmlNode* node, const Name& name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  const char* node_name = reinterpret_cast<const char*>(node->name);
  const char* href = node->ns != nullptr ? reinterpret_cast<const char*>(node->ns->href) : nullptr;
  if (name.ns == nullptr) {
    return std::strcmp(node_name, name.local) == 0 && (node->ns == nullptr || node->ns->prefix == nullptr);
  }
  if (href != nullptr) return std::strcmp(node_name, name.local) == 0 && same_namespace(href, name.ns);
  std::string prefixed = std::string(name.prefix) + ":" + name.local;
  return prefixed == node_name;
}

xmlNode* child(const xmlNode* parent, const Name& name) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (is(node, name)) return node;
  }
  return nullptr;
}

std::vector<xmlNode*> children(const xmlNode* parent, const Name& name) {
  std::vector<xmlNode*> found;
  if (parent == nullptr) return found;
  for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (is(node, name)) found.push_back(node);
  }
  return found;
}

std::string text(const xmlNode* node) {
  if (node == nullptr) return "";
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return "";
  std::string result = trim(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return result;
}

std::string attr(const xmlNode* node, const char* name) {
  if (node == nullptr) return "";
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string result = trim(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

}  // namespace podseek::xml
