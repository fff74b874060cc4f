// Timestamps, episode ids and deep links for the episode model.
#include "common/episode.hpp"

#include "common/fingerprint.hpp"

#include <cctype>
#include <cstdio>

namespace podseek {
namespace {

// Lower-case letters, digits and '.', everything else folded to single '-'.
std::string slug(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '.' || c >= 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "podcast" : out;
}

bool is_id_safe(const std::string& text) {
  if (text.empty() || text.size() > 64) return false;
  for (unsigned char c : text) {
    if (!std::isalnum(c) && c != '.' && c != '-' && c != '_') return false;
  }
  return true;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string default_deep_link(const Episode& episode, int seconds) {
  const std::string t = "t=" + std::to_string(seconds);
  if (episode.url.empty()) return episode.enclosure_url.empty() ? "" : episode.enclosure_url + "#" + t;
  std::string url = episode.url;
  std::size_t fragment = url.find('#');
  std::string tail = fragment == std::string::npos ? "" : url.substr(fragment);
  url = url.substr(0, fragment);
  return url + (url.find('?') == std::string::npos ? "?" : "&") + t + tail;
}

}  // namespace

std::string format_timestamp(int seconds) {
  char buffer[32];
  int h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
  if (h > 0) {
    std::snprintf(buffer, sizeof buffer, "%d:%02d:%02d", h, m, s);
  } else {
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", m, s);
  }
  return buffer;
}

std::optional<int> parse_timestamp(const std::string& text) {
  int fields[3] = {0, 0, 0};
  int count = 0;
  std::size_t digits = 0;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (count == 0) count = 1;
      if (++digits > 6) return std::nullopt;
      fields[count - 1] = fields[count - 1] * 10 + (c - '0');
    } else if (c == ':' && count > 0 && count < 3 && digits > 0) {
      ++count;
      digits = 0;
    } else {
      return std::nullopt;
    }
  }
  if (count == 0 || digits == 0) return std::nullopt;
  if (count == 1) return fields[0];
  if (fields[count - 1] >= 60 || (count == 3 && fields[1] >= 60)) return std::nullopt;
  return count == 2 ? fields[0] * 60 + fields[1] : fields[0] * 3600 + fields[1] * 60 + fields[2];
}

int cue_start_at(const TranscriptSegment& segment, std::size_t offset) {
  int start = segment.start_seconds;
  for (const CueStart& cue : segment.cues) {
    if (cue.offset > offset) break;
    start = cue.start_seconds;
  }
  return start;
}

std::string podcast_id(const std::string& podcast_title) { return slug(podcast_title); }

std::string episode_id(const Podcast& podcast, const Episode& episode) {
  std::string prefix = podcast_id(podcast.title) + "/";
  if (episode.number) return prefix + std::to_string(*episode.number);
  return prefix + (is_id_safe(episode.guid) ? episode.guid : fingerprint(episode.guid));
}

std::string expand_deep_link(const std::string& tmpl, const Episode& episode, int seconds) {
  if (tmpl.empty()) return default_deep_link(episode, seconds);
  std::string link = tmpl;
  replace_all(link, "{episode}", episode.number ? std::to_string(*episode.number) : "");
  replace_all(link, "{seconds}", std::to_string(seconds));
  replace_all(link, "{hms}", format_timestamp(seconds));
  replace_all(link, "{url}", episode.url);
  return link;
}

}  // namespace podseek
