// The OpenSearch description (see opensearch.hpp).
#include "search-server/http/opensearch.hpp"

#include <libxml/xmlwriter.h>

#include <memory>
#include <stdexcept>

#include "search-server/http/cors.hpp"

namespace podseek {
namespace {

const xmlChar* xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// One <Url type=TYPE template=TEMPLATE [rel=REL]/> element.
void write_url(xmlTextWriterPtr writer, const char* type, const std::string& url_template, const char* rel = nullptr) {
  xmlTextWriterStartElement(writer, xml("Url"));
  xmlTextWriterWriteAttribute(writer, xml("type"), xml(type));
  xmlTextWriterWriteAttribute(writer, xml("method"), xml("get"));
  xmlTextWriterWriteAttribute(writer, xml("template"), xml(url_template.c_str()));
  if (rel) xmlTextWriterWriteAttribute(writer, xml("rel"), xml(rel));
  xmlTextWriterEndElement(writer);
}

void write_document(xmlTextWriterPtr writer, const std::string& base, bool with_page) {
  xmlTextWriterStartDocument(writer, nullptr, "UTF-8", nullptr);
  xmlTextWriterStartElementNS(writer, nullptr, xml("OpenSearchDescription"),
                              xml("http://a9.com/-/spec/opensearch/1.1/"));
  xmlTextWriterWriteElement(writer, xml("ShortName"), xml("podseek"));
  xmlTextWriterWriteElement(writer, xml("Description"), xml("Search podcast episodes, chapter by chapter"));
  xmlTextWriterWriteElement(writer, xml("InputEncoding"), xml("UTF-8"));
  if (with_page) {
    xmlTextWriterStartElement(writer, xml("Image"));
    xmlTextWriterWriteAttribute(writer, xml("type"), xml("image/svg+xml"));
    xmlTextWriterWriteString(writer, xml((base + "/favicon.svg").c_str()));
    xmlTextWriterEndElement(writer);
    write_url(writer, "text/html", base + "/?q={searchTerms}");
  }
  write_url(writer, "application/json", base + "/api/search?q={searchTerms}");
  write_url(writer, "application/opensearchdescription+xml", base + "/opensearch.xml", "self");
  xmlTextWriterEndElement(writer);
  xmlTextWriterEndDocument(writer);
}

}  // namespace

Expected<std::string> opensearch_base_url(std::string_view public_url, std::string_view host_header) {
  if (!public_url.empty()) return std::string(public_url);
  if (host_header.empty()) {
    return Error{ErrorCode::kInvalidArgument, "no Host header: set public-url to serve /opensearch.xml"};
  }
  auto origin = parse_origin("http://" + std::string(host_header));
  if (!origin) return Error{ErrorCode::kInvalidArgument, "the Host header is not a host[:port]"};
  return origin.value();
}

std::string opensearch_description(std::string_view base_url, bool with_page) {
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(), xmlBufferFree);
  if (!buffer) throw std::bad_alloc();
  xmlTextWriterPtr writer = xmlNewTextWriterMemory(buffer.get(), 0);
  if (!writer) throw std::bad_alloc();
  xmlTextWriterSetIndent(writer, 1);
  write_document(writer, std::string(base_url), with_page);
  xmlFreeTextWriter(writer);  // flushes into buffer
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                     static_cast<std::size_t>(xmlBufferLength(buffer.get())));
}

}  // namespace podseek
