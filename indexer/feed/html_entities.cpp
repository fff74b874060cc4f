// HTML entities for XML feeds (see html_entities.hpp).
#include "indexer/feed/html_entities.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parserInternals.h>

namespace podseek::xml {

xmlEntityPtr entity_or_html(xmlParserCtxtPtr parser, const xmlChar* name, bool& from_html) {
  from_html = false;
  xmlEntityPtr found = xmlSAX2GetEntity(parser, name);
  if (found != nullptr || parser->myDoc == nullptr || parser->inSubset != 0) return found;
  const htmlEntityDesc* html = htmlEntityLookup(name);
  if (html == nullptr) return nullptr;
  xmlChar utf8[8] = {0};
  xmlCopyCharMultiByte(utf8, static_cast<int>(html->value));
  if (parser->myDoc->intSubset == nullptr) xmlCreateIntSubset(parser->myDoc, nullptr, nullptr, nullptr);
  found = xmlAddDocEntity(parser->myDoc, name, XML_INTERNAL_GENERAL_ENTITY, nullptr, nullptr, utf8);
  from_html = found != nullptr;
  return found;
}

}  // namespace podseek::xml
