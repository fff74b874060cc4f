// Splitting run-together show notes into links: "URL — label" and "label: URL" styles, with
// general rules for where a URL glued to the following label ends.
#include <string>
#include <vector>

#include "indexer/page/episode_page_importer.hpp"
#include "indexer/page/page_text.hpp"

namespace podseek {
namespace {

using namespace page_text;

std::vector<std::size_t> url_starts(const std::string& text) {
  std::vector<std::size_t> starts;
  for (std::size_t at = text.find("http"); at != std::string::npos; at = text.find("http", at + 4)) {
    if (text.compare(at, 7, "http://") == 0 || text.compare(at, 8, "https://") == 0) starts.push_back(at);
  }
  return starts;
}

// Index just past "scheme://host".
std::size_t host_end(const std::string& url) {
  std::size_t from = url.find("://") + 3;
  std::size_t slash = url.find('/', from);
  return slash == std::string::npos ? url.size() : slash;
}

// The last path segment's offset, or npos when the URL has no non-empty last segment.
std::size_t last_segment_start(const std::string& url) {
  std::size_t slash = url.rfind('/');
  if (slash < host_end(url) || slash + 1 >= url.size()) return std::string::npos;
  return slash + 1;
}

// The name a URL ends with: its last path segment without a trailing slash ("smoltcp").
std::string url_name(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  std::size_t at = last_segment_start(url);
  return at == std::string::npos ? "" : url.substr(at);
}

// "…/netstack3/netstack3", "…/rustls/rustlsrustls", "metoro.io/metoro": the repeat starts the label.
std::size_t cut_at_repeat(const std::string& url) {
  std::size_t last = last_segment_start(url);
  if (last == std::string::npos) return std::string::npos;
  const std::string segment = url.substr(last);
  std::string previous;
  if (last - 1 == host_end(url)) {
    std::size_t from = url.find("://") + 3;
    previous = url.substr(from, url.find('.', from) - from);
  } else {
    std::size_t before = url.rfind('/', last - 2);
    previous = url.substr(before + 1, last - 2 - before);
  }
  if (previous.empty()) return std::string::npos;
  if (segment == previous) return last;
  if (segment == previous + previous) return last + previous.size();
  return std::string::npos;
}

// "…/rfc2462smoltcp" before "https://github.com/m-labs/smoltcp": the next link's name starts its label.
std::size_t cut_at_next_name(const std::string& url, const std::string& next_name) {
  std::size_t last = last_segment_start(url);
  if (last == std::string::npos || next_name.empty()) return std::string::npos;
  if (url.size() - last < next_name.size()) return std::string::npos;
  if (url.compare(url.size() - next_name.size(), next_name.size(), next_name) != 0) return std::string::npos;
  return url.size() - next_name.size();
}

// digit→Capital or lower→Capital inside the last segment ("448156020Fast", "firefoxRFC"), or a
// query value glued to a capitalised word ("service=OpenTelemetry").
std::size_t cut_at_join(const std::string& url) {
  std::size_t last = last_segment_start(url);
  if (last == std::string::npos) return std::string::npos;
  std::size_t query = url.find('?', last);
  std::size_t path_end = query == std::string::npos ? url.size() : query;
  for (std::size_t i = last + 1; i < path_end; ++i) {
    if (is_upper(url[i]) && (is_digit(url[i - 1]) || is_lower(url[i - 1]))) return i;
  }
  for (std::size_t i = path_end + 1; i < url.size(); ++i) {
    if (url[i - 1] == '=' && is_upper(url[i])) return i;
  }
  return std::string::npos;
}

// Where a URL glued to the next link's label ends.
std::size_t glued_url_end(const std::string& url, const std::string& next_name) {
  for (std::size_t cut : {cut_at_repeat(url), cut_at_next_name(url, next_name), cut_at_join(url)}) {
    if (cut != std::string::npos && cut > host_end(url)) return cut;
  }
  return url.size();
}

bool starts_with_dash(const std::string& text) {
  for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
    if (text.rfind(dash, 0) == 0) return true;
  }
  return false;
}

std::string after_dash(const std::string& text) {
  std::size_t skip = text[0] == '-' ? 1 : 3;
  return trim(text.substr(skip));
}

std::string strip_colon(const std::string& text) { return trim(text.substr(0, text.size() - 1)); }

// Ends of every URL, last to first so each knows the next link's final name.
std::vector<std::size_t> url_ends(const std::string& text, const std::vector<std::size_t>& starts) {
  std::vector<std::size_t> ends(starts.size());
  std::string next_name;
  for (std::size_t i = starts.size(); i-- > 0;) {
    std::size_t limit = i + 1 < starts.size() ? starts[i + 1] : text.size();
    std::size_t end = starts[i];
    while (end < limit && !is_space(text[end])) ++end;
    std::string url = text.substr(starts[i], end - starts[i]);
    std::string following = trim(text.substr(end, limit - end));
    bool label_follows = i + 1 < starts.size() && !following.empty() && following.back() == ':' &&
                         !starts_with_dash(following);
    if (label_follows) url = url.substr(0, glued_url_end(url, next_name));
    while (!url.empty() && (url.back() == '.' || url.back() == ',')) url.pop_back();
    ends[i] = starts[i] + url.size();
    next_name = url_name(url);
  }
  return ends;
}

}  // namespace

std::vector<Link> split_links(const std::string& text) {
  const std::vector<std::size_t> starts = url_starts(text);
  const std::vector<std::size_t> ends = url_ends(text, starts);
  std::vector<Link> links;
  for (std::size_t i = 0; i < starts.size(); ++i) links.push_back({text.substr(starts[i], ends[i] - starts[i]), ""});
  if (links.empty()) return links;
  std::string before = trim(text.substr(0, starts[0]));
  if (!before.empty() && before.back() == ':') links[0].label = strip_colon(before);
  for (std::size_t i = 0; i < links.size(); ++i) {
    std::size_t limit = i + 1 < starts.size() ? starts[i + 1] : text.size();
    std::string segment = trim(text.substr(ends[i], limit - ends[i]));
    if (segment.empty()) continue;
    if (starts_with_dash(segment)) {
      links[i].label = after_dash(segment);
    } else if (segment.back() == ':' && i + 1 < links.size()) {
      links[i + 1].label = strip_colon(segment);
    } else if (links[i].label.empty()) {
      links[i].label = segment;
    }
  }
  return links;
}

}  // namespace podseek
