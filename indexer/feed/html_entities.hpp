// HTML's named entities (&eacute;, &nbsp;, &hellip;) in XML feeds, which XML does not define:
// feeds written by HTML templates use them, and libxml2 would drop each one (and call the
// document not well-formed). Read instead as the character HTML gives them (libxml2's own
// HTML 4 table). Internal to podseek_feeds (xml_doc.cpp). Thread safety: one parser per thread.
#pragma once

#include <libxml/parser.h>

namespace podseek::xml {

// The entity `name` as the document defines it, else as HTML 4 does (added to the document as
// an internal entity), else nullptr. For xmlSAXHandler::getEntity.
xmlEntityPtr entity_or_html(xmlParserCtxtPtr parser, const xmlChar* name, bool& from_html);

}  // namespace podseek::xml
