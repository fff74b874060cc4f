// HTML to text with libxml2's HTML parser: a walk over the tree, nothing hand-parsed.
#include "indexer/feed/html_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <set>

#include "common/ascii_text.hpp"
#include "indexer/feed/feed_url.hpp"

namespace podseek {
namespace {

const std::set<std::string> kBlockElements = {
    "address", "article", "aside", "blockquote", "dd",  "div",     "dl",    "dt",     "figcaption", "figure",
    "footer",  "h1",      "h2",    "h3",         "h4",  "h5",      "h6",    "header", "hr",         "li",
    "main",    "nav",     "ol",    "p",          "pre", "section", "table", "tr",     "ul"};

const std::set<std::string> kSkippedElements = {"script", "style", "head", "template", "noscript"};

using ascii::is_space;

// True when the text has something that looks like a tag; else it is plain text with line breaks.
bool looks_like_html(const std::string& text) {
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at + 1)) {
    char next = at + 1 < text.size() ? text[at + 1] : '\0';
    if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') return true;
  }
  return false;
}

const std::set<std::string> kTitleTags = {"a",    "abbr", "b", "br",    "cite",   "code", "em",  "i",  "mark",
                                          "p",    "s",    "small", "span", "strong", "sub", "sup", "u"};

bool is_word_char(char c) { return ascii::is_alnum(c) || c == '_'; }

// Whether a tag of kTitleTags starts at text[at] == '<': "<", spaces, an optional "/", spaces, the
// name, then no further letter, digit or '_'. One pass with no backtracking.
bool known_tag_at(const std::string& text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i < text.size() && text[i] == '/') ++i;
  while (i < text.size() && is_space(text[i])) ++i;
  std::size_t name_start = i;
  while (i < text.size() && is_word_char(text[i]) && i - name_start <= 6) ++i;
  if (i < text.size() && is_word_char(text[i])) return false;  // longer than any known name
  return kTitleTags.count(ascii::lower(std::string_view(text).substr(name_start, i - name_start))) > 0;
}

// True when the text has a tag of an element that feeds put in titles (<b>, <i>, <em>, <br>…),
// so that a literal "<Bytes>" in a plain title is not taken for markup. Linear in the text: each
// '<' is looked at once, and the spaces after it are skipped once (a run of spaces holds no '<').
bool has_known_tag(const std::string& text) {
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at + 1)) {
    if (known_tag_at(text, at)) return true;
  }
  return false;
}

std::string fold_whitespace(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class TextBuilder {
 public:
  TextBuilder(bool keep_newlines, const std::string& base) : keep_newlines_(keep_newlines), base_(base) {}

  void walk(xmlNode* node) {
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        append_text(reinterpret_cast<const char*>(node->content));
      } else if (node->type == XML_ELEMENT_NODE) {
        element(node);
      }
    }
  }

  HtmlText finish() {
    while (!out_.text.empty() && is_space(out_.text.back())) out_.text.pop_back();
    return std::move(out_);
  }

 private:
  void element(xmlNode* node) {
    std::string name = reinterpret_cast<const char*>(node->name);
    if (kSkippedElements.count(name)) return;
    if (name == "br") return line_break();
    bool block = kBlockElements.count(name) > 0;
    if (block) line_break();
    std::size_t label_start = out_.text.size();
    walk(node->children);
    if (name == "a") add_link(node, label_start);
    if (name == "li" && is_link_only(node)) {  // a show-notes entry: a link, not description text
      out_.text.resize(label_start);
      pending_space_ = false;
    }
    if (block) line_break();
  }

  // True when the element holds one <a href> and nothing else but white space.
  static bool is_link_only(const xmlNode* node) {
    int links = 0;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_ELEMENT_NODE && xmlStrEqual(child->name, reinterpret_cast<const xmlChar*>("a"))) {
        ++links;
      } else if (child->type == XML_TEXT_NODE) {
        for (const xmlChar* c = child->content; c != nullptr && *c != '\0'; ++c) {
          if (!is_space(static_cast<char>(*c))) return false;
        }
      } else {
        return false;
      }
    }
    return links == 1;
  }

  void append_text(const char* text) {
    if (text == nullptr) return;
    for (const char* c = text; *c != '\0'; ++c) {
      if (*c == '\n' && keep_newlines_) {
        line_break();
      } else if (is_space(*c)) {
        pending_space_ = true;
      } else {
        if (pending_space_ && !out_.text.empty() && out_.text.back() != '\n') out_.text += ' ';
        pending_space_ = false;
        out_.text += *c;
      }
    }
  }

  void line_break() {
    pending_space_ = false;
    while (!out_.text.empty() && out_.text.back() == ' ') out_.text.pop_back();
    if (!out_.text.empty() && out_.text.back() != '\n') out_.text += '\n';
  }

  void add_link(xmlNode* node, std::size_t label_start) {
    xmlChar* href = xmlGetProp(node, reinterpret_cast<const xmlChar*>("href"));
    if (href == nullptr) return;
    std::string raw = reinterpret_cast<const char*>(href);
    xmlFree(href);
    std::string url = resolve_url(base_, raw);
    if (url.empty() || raw[raw.find_first_not_of(' ')] == '#' || url.rfind("javascript:", 0) == 0) return;
    std::string label = out_.text.substr(std::min(label_start, out_.text.size()));
    std::replace(label.begin(), label.end(), '\n', ' ');
    label.erase(0, label.find_first_not_of(' '));
    label.erase(label.find_last_not_of(' ') + 1);
    if (label == url || label == raw) label.clear();
    auto same = [&](const Link& link) { return link.url == url; };
    auto existing = std::find_if(out_.links.begin(), out_.links.end(), same);
    if (existing == out_.links.end()) {
      out_.links.push_back({url, label});
    } else if (existing->label.empty()) {
      existing->label = label;
    }
  }

  bool keep_newlines_;
  std::string base_;
  bool pending_space_ = false;
  HtmlText out_;
};

}  // namespace

HtmlText html_to_text(const std::string& html, const std::string& base_url) {
  if (html.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  // The fragment is wrapped so that the parser never guesses a different encoding.
  std::string wrapped = "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>";
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  htmlDocPtr doc = htmlReadMemory(wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8", options);
  if (doc == nullptr) return {html, {}};
  TextBuilder builder(!looks_like_html(html), base_url);
  builder.walk(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return builder.finish();
}

std::string html_to_line(const std::string& html) {
  bool markup = has_known_tag(html) || (html.find('&') != std::string::npos && html.find('<') == std::string::npos);
  if (!markup) return fold_whitespace(html);
  std::string text = html_to_text(html).text;
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace podseek
