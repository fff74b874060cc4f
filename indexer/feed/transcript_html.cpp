// HTML transcripts with libxml2's HTML parser: a walk over the tree by parent pointers.
#include "indexer/feed/transcript_html.hpp"

#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

#include "common/ascii_text.hpp"
#include "common/status.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/transcript_text.hpp"

namespace podseek {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// The next node of a pre-order walk of the tree under `root`, not entering `node`'s children when
// `enter` is false; nullptr after the last.
const xmlNode* next_node(const xmlNode* node, const xmlNode* root, bool enter) {
  if (enter && node->children != nullptr) return node->children;
  while (node != nullptr && node != root) {
    if (node->next != nullptr) return node->next;
    node = node->parent;
  }
  return nullptr;
}

// All text under `element`, gathered by the same loop, as one line.
std::string text_of(const xmlNode* element) {
  std::string text;
  for (const xmlNode* node = element->children; node != nullptr; node = next_node(node, element, true)) {
    if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content != nullptr) {
      text += reinterpret_cast<const char*>(node->content);
      text += ' ';
    }
  }
  return cue_text_line(text);
}

struct HtmlCueReader {
  const TranscriptLimits& limits;
  TranscriptRead read;
  std::string speaker;
  double start = -1;
  std::size_t times = 0, untimed = 0;

  void time(const xmlNode* element) {
    ++times;
    std::string text = text_of(element);
    if (std::optional<double> seconds = parse_cue_time(text)) {
      start = *seconds;
    } else {
      add_transcript_warning(read, "<time> " + std::to_string(times) + " \"" + text.substr(0, 40) + "\" is not a time");
    }
  }

  void paragraph(const xmlNode* element) {
    std::string text = text_of(element);
    if (text.empty()) return;
    if (start < 0) {
      ++untimed;
      return;
    }
    if (read.cues.size() >= limits.max_cues) return;
    read.cues.push_back({start, -1, speaker, std::move(text)});
  }

  void cite(const xmlNode* element) {
    speaker = text_of(element);
    while (!speaker.empty() && (speaker.back() == ':' || speaker.back() == ' ')) speaker.pop_back();
    if (speaker.size() > TranscriptLimits::kMaxSpeakerBytes) speaker.clear();
  }
};

}  // namespace

TranscriptRead parse_transcript_html(const std::string& html, const std::string& source,
                                     const TranscriptLimits& limits) {
  if (html.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(source + ": too large");
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  HtmlCueReader reader{limits, {}, "", -1, 0, 0};
  for (const xmlNode* node = root; node != nullptr;) {
    bool enter = true;
    if (named(node, "cite")) {
      reader.cite(node), enter = false;
    } else if (named(node, "time")) {
      reader.time(node), enter = false;
    } else if (named(node, "p")) {
      reader.paragraph(node), enter = false;
    } else if (named(node, "script") || named(node, "style")) {
      enter = false;
    }
    node = next_node(node, root, enter);
  }
  // Without <time> elements, the page's lines may carry their times as text ("00:01:23 Name: …").
  if (reader.times == 0) return parse_text_transcript(html_to_text(html).text, source, limits);
  if (reader.untimed > 0) {
    add_transcript_warning(reader.read, std::to_string(reader.untimed) + " paragraphs before the first <time>; skipped");
  }
  if (reader.read.cues.size() >= limits.max_cues) {
    add_transcript_warning(reader.read, "more than " + std::to_string(limits.max_cues) + " cues; the rest dropped");
  }
  return std::move(reader.read);
}

}  // namespace podseek
