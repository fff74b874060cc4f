// Thin helpers over libxml2 for the RSS reader: parsing a document safely (no network, no
// entity expansion) and finding children by namespace. Internal to podseek_feeds.
// Thread safety: functions on distinct documents may run concurrently.
#pragma once

#include <libxml/tree.h>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace podseek::xml {

// An element name: namespace URI (nullptr for plain RSS elements), conventional prefix, local name.
struct Name {
  const char* ns;
  const char* prefix;
  const char* local;
};

inline constexpr const char* kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr const char* kPodcast = "https://podcastindex.org/namespace/1.0";
inline constexpr const char* kContent = "http://purl.org/rss/1.0/modules/content/";
inline constexpr const char* kPsc = "http://podlove.org/simple-chapters";
inline constexpr const char* kAtom = "http://www.w3.org/2005/Atom";

inline Name rss(const char* local) { return {nullptr, nullptr, local}; }
inline Name itunes(const char* local) { return {kItunes, "itunes", local}; }
inline Name podcast(const char* local) { return {kPodcast, "podcast", local}; }
inline Name content(const char* local) { return {kContent, "content", local}; }
inline Name psc(const char* local) { return {kPsc, "psc", local}; }
inline Name atom(const char* local) { return {kAtom, "atom", local}; }

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

struct ParsedXml {
  DocPtr doc;           // null when nothing could be read
  std::string problem;  // "" when well-formed, else "line 12: <libxml2's message>"
  // Whether the problem broke the XML syntax itself (recovery may then have lost the rest of the
  // document), not only namespaces (an undeclared prefix, which loses nothing).
  bool syntax_error = false;
  // What was read otherwise than the bytes say (an encoding declared wrongly, white space before
  // the declaration) or left out to keep within a limit (entity expansion): one line each.
  std::vector<std::string> notices;
};

// How many bytes the references to DTD entities of one document may expand to in all (each
// reference counts its entity's full expansion, nested ones included). References past it are
// dropped and the document's problem says so; XML_PARSE_HUGE is never set.
inline constexpr std::size_t kMaxEntityExpansionBytes = 1024 * 1024;

// Parses with recovery (a broken feed still yields what can be read), without network access,
// DTD loading or entity substitution. A wrong encoding declaration is corrected by the rules of
// xml_encoding.hpp (the text is parsed again), so every string read from the document is UTF-8;
// after a syntax error, bare '&'s are escaped (xml_repair.hpp) and the text parsed again.
ParsedXml read_xml(const std::string& text);

// Whether `node` is the element `name`. An element with the conventional prefix but an
// undeclared namespace ("itunes:duration" with no xmlns:itunes) matches too.
bool is(const xmlNode* node, const Name& name);
xmlNode* child(const xmlNode* parent, const Name& name);
std::vector<xmlNode*> children(const xmlNode* parent, const Name& name);

// The element's text (CDATA included), trimmed; "" for a null node.
std::string text(const xmlNode* node);
// An attribute's value, trimmed; "" when absent or for a null node.
std::string attr(const xmlNode* node, const char* name);

}  // namespace podseek::xml
