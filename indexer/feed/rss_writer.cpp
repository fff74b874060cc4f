// RSS writing with libxml2's xmlTextWriter, which does all escaping.
#include "indexer/feed/rss_writer.hpp"

#include <libxml/xmlwriter.h>
#include <memory>
#include <stdexcept>

#include "indexer/feed/feed_date.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

const xmlChar* X(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
const xmlChar* X(const std::string& text) { return X(text.c_str()); }

// An xmlTextWriter on a memory buffer; text() returns what was written so far.
class Writer {
 public:
  Writer() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    if (buffer_ == nullptr || writer_ == nullptr) throw std::runtime_error("cannot create an XML writer");
  }
  ~Writer() {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  xmlTextWriterPtr get() { return writer_; }
  void start(const char* name) { xmlTextWriterStartElement(writer_, X(name)); }
  void end() { xmlTextWriterEndElement(writer_); }
  void attribute(const char* name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, X(name), X(value));
  }
  void string(const std::string& text) { xmlTextWriterWriteString(writer_, X(text)); }
  void element(const char* name, const std::string& text) { xmlTextWriterWriteElement(writer_, X(name), X(text)); }
  std::string text() {
    xmlTextWriterFlush(writer_);
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)), xmlBufferLength(buffer_));
  }

 private:
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

// The HTML of an episode's notes: description paragraphs, a list of links, then "Chapters" and a
// line each. The reader takes the link list and the chapters back out of the description.
std::string notes_html(const Episode& episode) {
  Writer html;
  std::size_t start = 0;
  while (start <= episode.description.size() && !episode.description.empty()) {
    std::size_t end = episode.description.find('\n', start);
    std::string line = episode.description.substr(start, end == std::string::npos ? end : end - start);
    if (!line.empty()) html.element("p", line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (!episode.links.empty()) {
    html.start("ul");
    for (const Link& link : episode.links) {
      html.start("li");
      html.start("a");
      html.attribute("href", link.url);
      html.string(link.label.empty() ? link.url : link.label);
      html.end();
      html.end();
    }
    html.end();
  }
  if (!episode.chapters.empty()) {
    html.element("p", "Chapters");
    html.start("p");
    for (std::size_t i = 0; i < episode.chapters.size(); ++i) {
      if (i > 0) {
        html.start("br");
        html.end();
      }
      html.string(format_timestamp(episode.chapters[i].start_seconds) + " " + episode.chapters[i].title);
    }
    html.end();
  }
  return html.text();
}

void write_persons(Writer& out, const std::vector<std::string>& names, const char* role) {
  for (const std::string& name : names) {
    out.start("podcast:person");
    out.attribute("role", role);
    out.string(name);
    out.end();
  }
}

void write_item(Writer& out, const Episode& episode) {
  out.start("item");
  out.element("title", episode.title);
  if (!episode.url.empty()) out.element("link", episode.url);
  out.start("guid");
  out.attribute("isPermaLink", "false");
  out.string(episode.guid);
  out.end();
  std::string date = format_rfc822(episode.published);
  if (!date.empty()) out.element("pubDate", date);
  if (episode.number) out.element("itunes:episode", std::to_string(*episode.number));
  if (episode.duration_seconds) out.element("itunes:duration", std::to_string(*episode.duration_seconds));
  if (!episode.image_url.empty()) {
    out.start("itunes:image");
    out.attribute("href", episode.image_url);
    out.end();
  }
  if (!episode.enclosure_url.empty()) {
    out.start("enclosure");
    out.attribute("url", episode.enclosure_url);
    out.attribute("length", std::to_string(episode.enclosure_length.value_or(0)));
    out.attribute("type", episode.enclosure_type.empty() ? std::string("audio/mpeg") : episode.enclosure_type);
    out.end();
  }
  write_persons(out, episode.hosts, "host");
  write_persons(out, episode.guests, "guest");
  // CDATA keeps the HTML readable, as podcast hosts write it; escaped text when CDATA cannot hold it.
  std::string notes = notes_html(episode);
  if (notes.find("]]>") == std::string::npos) {
    out.start("description");
    xmlTextWriterWriteCDATA(out.get(), X(notes));
    out.end();
  } else {
    out.element("description", notes);
  }
  out.end();
}

void write_channel(Writer& out, const Podcast& podcast) {
  out.start("channel");
  out.element("title", podcast.title);
  if (!podcast.url.empty()) out.element("link", podcast.url);
  out.element("description", podcast.description);
  if (!podcast.deep_link_template.empty()) out.element("podseek:deepLinkTemplate", podcast.deep_link_template);
  for (const Episode& episode : podcast.episodes) write_item(out, episode);
  out.end();
}

}  // namespace

std::string write_rss(const Podcast& podcast) {
  Writer out;
  xmlTextWriterSetIndent(out.get(), 1);
  xmlTextWriterSetIndentString(out.get(), X("  "));
  xmlTextWriterStartDocument(out.get(), "1.0", "UTF-8", nullptr);
  out.start("rss");
  out.attribute("version", "2.0");
  out.attribute("xmlns:itunes", xml::kItunes);
  out.attribute("xmlns:podcast", xml::kPodcast);
  out.attribute("xmlns:podseek", kPodseekFeedNamespace);
  write_channel(out, podcast);
  out.end();
  xmlTextWriterEndDocument(out.get());
  return out.text();
}

}  // namespace podseek
