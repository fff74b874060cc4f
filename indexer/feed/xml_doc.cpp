// libxml2 plumbing for the RSS reader.
#include "indexer/feed/xml_doc.hpp"

#include <cstring>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "common/ascii_text.hpp"

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

}  // namespace

ParsedXml read_xml(const std::string& text) {
  ParsedXml result;
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (context == nullptr) return result;
  int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOWARNING;
  std::string first_error;
  // libxml2 keeps this handler per thread, so concurrent parses do not see each other's errors.
  xmlSetStructuredErrorFunc(&first_error, keep_first_error);
  result.doc.reset(xmlCtxtReadMemory(context, text.data(), static_cast<int>(text.size()), nullptr, nullptr, options));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!context->wellFormed || !context->nsWellFormed) {
    result.problem = first_error.empty() ? "malformed" : first_error;
  }
  xmlFreeParserCtxt(context);
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
