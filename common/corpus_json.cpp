// Reading, checking and writing podseek corpus files.
#include "common/corpus_json.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "common/input_limits.hpp"
#include "common/json_fields.hpp"
#include "common/listing_json.hpp"
#include "common/status.hpp"

namespace podseek {
namespace {

using nlohmann::json;

std::string index_path(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// Reads obj[key] into out with reader when the key is present.
template <class T, class Reader>
void read_optional(const json& obj, const char* key, const std::string& source, const std::string& path,
                   T& out, Reader reader) {
  auto it = obj.find(key);
  if (it != obj.end()) out = reader(*it, source, path + "." + key);
}

Link link_from_json(const json& j, const std::string& source, const std::string& path) {
  require_object(j, source, path);
  Link link;
  if (!j.contains("url")) throw_at(source, path + ".url", "missing");
  link.url = read_string(j["url"], source, path + ".url");
  read_optional(j, "label", source, path, link.label, read_string);
  return link;
}

Chapter chapter_from_json(const json& j, const std::string& source, const std::string& path) {
  require_object(j, source, path);
  Chapter chapter;
  read_optional(j, "title", source, path, chapter.title, read_string);
  if (!j.contains("start_seconds")) throw_at(source, path + ".start_seconds", "missing");
  chapter.start_seconds = read_int(j["start_seconds"], source, path + ".start_seconds");
  if (j.contains("start")) read_string(j["start"], source, path + ".start");  // display only
  read_optional(j, "url", source, path, chapter.url, read_string);
  read_optional(j, "image_url", source, path, chapter.image_url, read_string);
  return chapter;
}

TranscriptSegment segment_from_json(const json& j, const std::string& source, const std::string& path) {
  require_object(j, source, path);
  TranscriptSegment segment;
  read_optional(j, "start_seconds", source, path, segment.start_seconds, read_int);
  read_optional(j, "speaker", source, path, segment.speaker, read_string);
  read_optional(j, "text", source, path, segment.text, read_string);
  return segment;
}

template <class T, class Reader>
std::vector<T> list_from_json(const json& obj, const char* key, const std::string& source,
                              const std::string& path, Reader reader) {
  std::vector<T> out;
  auto it = obj.find(key);
  if (it == obj.end()) return out;
  const std::string list_path = path + "." + key;
  require_array(*it, source, list_path);
  for (std::size_t i = 0; i < it->size(); ++i) out.push_back(reader((*it)[i], source, index_path(list_path, i)));
  return out;
}

// "guest_sources": {"Name": "title" | "description" | "person"}; every key must be a guest.
std::map<std::string, std::string> guest_sources_from_json(const json& j, const std::string& source,
                                                           const std::string& path, const Episode& ep) {
  std::map<std::string, std::string> out;
  require_object(j, source, path);
  for (const auto& [name, value] : j.items()) {
    const std::string where = path + "[\"" + name + "\"]";
    std::string kind = read_string(value, source, where);
    if (kind != "title" && kind != "description" && kind != "person") {
      throw_at(source, where, "\"" + kind + "\" is not \"person\", \"title\" or \"description\"");
    }
    if (std::find(ep.guests.begin(), ep.guests.end(), name) == ep.guests.end()) {
      throw_at(source, where, "names no guest of this episode");
    }
    if (kind != "person") out[name] = kind;
  }
  return out;
}

Episode read_episode(const json& j, const std::string& source, const std::string& path) {
  require_object(j, source, path);
  Episode ep;
  if (j.contains("number")) ep.number = read_int(j["number"], source, path + ".number");
  if (j.contains("duration_seconds")) {
    ep.duration_seconds = read_int(j["duration_seconds"], source, path + ".duration_seconds");
  }
  for (auto [key, field] : {std::pair{"guid", &ep.guid}, {"title", &ep.title}, {"url", &ep.url},
                            {"published", &ep.published}, {"description", &ep.description},
                            {"enclosure_url", &ep.enclosure_url}, {"image_url", &ep.image_url}}) {
    read_optional(j, key, source, path, *field, read_string);
  }
  read_optional(j, "guests", source, path, ep.guests, read_string_list);
  read_optional(j, "hosts", source, path, ep.hosts, read_string_list);
  if (j.contains("guest_sources")) ep.guest_sources = guest_sources_from_json(j["guest_sources"], source, path + ".guest_sources", ep);
  ep.links = list_from_json<Link>(j, "links", source, path, link_from_json);
  ep.chapters = list_from_json<Chapter>(j, "chapters", source, path, chapter_from_json);
  ep.transcript = list_from_json<TranscriptSegment>(j, "transcript", source, path, segment_from_json);
  episode_listing_from_json(j, source, path, ep);
  return ep;
}

void podcast_fields_from_json(const json& j, const std::string& source, Podcast& podcast) {
  const std::string path = "$.podcast";
  require_object(j, source, path);
  for (auto [key, field] : {std::pair{"title", &podcast.title}, {"url", &podcast.url},
                            {"description", &podcast.description},
                            {"deep_link_template", &podcast.deep_link_template}}) {
    read_optional(j, key, source, path, *field, read_string);
  }
  podcast_listing_from_json(j, source, path, podcast);
}

void check_format(const json& j, const std::string& source) {
  if (!j.contains("format")) throw_at(source, "$.format", "missing (expected \"" + std::string(kCorpusFormat) + "\")");
  const std::string format = read_string(j["format"], source, "$.format");
  if (format != kCorpusFormat) {
    throw_at(source, "$.format", "unknown format \"" + format + "\" (expected \"" + kCorpusFormat + "\")");
  }
}

template <class J>
J write_episode(const Episode& ep) {
  J out;
  if (ep.number) out["number"] = *ep.number;
  out["guid"] = ep.guid;
  out["title"] = ep.title;
  out["url"] = ep.url;
  out["published"] = ep.published;
  out["guests"] = ep.guests;
  if (!ep.guest_sources.empty()) out["guest_sources"] = ep.guest_sources;
  out["hosts"] = ep.hosts;
  out["description"] = ep.description;
  out["links"] = J::array();
  for (const Link& link : ep.links) out["links"].push_back(J{{"url", link.url}, {"label", link.label}});
  out["chapters"] = J::array();
  for (const Chapter& c : ep.chapters) {
    J chapter;
    chapter["start"] = format_timestamp(c.start_seconds < 0 ? 0 : c.start_seconds);
    chapter["start_seconds"] = c.start_seconds;
    chapter["title"] = c.title;
    if (!c.url.empty()) chapter["url"] = c.url;
    if (!c.image_url.empty()) chapter["image_url"] = c.image_url;
    out["chapters"].push_back(chapter);
  }
  if (!ep.enclosure_url.empty()) out["enclosure_url"] = ep.enclosure_url;
  if (!ep.image_url.empty()) out["image_url"] = ep.image_url;
  if (ep.duration_seconds) out["duration_seconds"] = *ep.duration_seconds;
  json listing;
  episode_listing_to_json(ep, listing);
  for (const auto& [key, value] : listing.items()) out[key] = J(value);
  if (!ep.transcript.empty()) {
    out["transcript"] = J::array();
    for (const TranscriptSegment& s : ep.transcript) {
      J segment;
      segment["start_seconds"] = s.start_seconds;
      segment["speaker"] = s.speaker;
      segment["text"] = s.text;
      out["transcript"].push_back(segment);
    }
  }
  return out;
}

// Builds the corpus JSON; ordered_json keeps the documented field order in saved files.
template <class J>
J build_json(const Podcast& podcast) {
  J out;
  out["format"] = kCorpusFormat;
  J header;
  header["title"] = podcast.title;
  header["url"] = podcast.url;
  header["description"] = podcast.description;
  header["deep_link_template"] = podcast.deep_link_template;
  json listing;
  podcast_listing_to_json(podcast, listing);
  for (const auto& [key, value] : listing.items()) header[key] = J(value);
  out["podcast"] = header;
  out["episodes"] = J::array();
  for (const Episode& ep : podcast.episodes) out["episodes"].push_back(write_episode<J>(ep));
  return out;
}

void validate_chapters(const Episode& ep, const std::string& source, const std::string& path) {
  for (std::size_t i = 0; i < ep.chapters.size(); ++i) {
    const std::string at = index_path(path + ".chapters", i) + ".start_seconds";
    const int start = ep.chapters[i].start_seconds;
    if (start < 0) throw_at(source, at, std::to_string(start) + " is negative");
    if (i > 0 && start <= ep.chapters[i - 1].start_seconds) {
      throw_at(source, at, std::to_string(start) + " is not after the previous chapter's start (" +
                               std::to_string(ep.chapters[i - 1].start_seconds) + ")");
    }
  }
}

void validate_episode(const Episode& ep, const std::string& source, const std::string& path) {
  if (ep.title.empty()) throw_at(source, path + ".title", "missing or empty title");
  if (ep.guid.empty()) throw_at(source, path + ".guid", "missing or empty guid");
  if (ep.duration_seconds && *ep.duration_seconds < 0) {
    throw_at(source, path + ".duration_seconds", std::to_string(*ep.duration_seconds) + " is negative");
  }
  validate_chapters(ep, source, path);
  for (std::size_t i = 0; i < ep.transcript.size(); ++i) {
    if (ep.transcript[i].start_seconds < 0) {
      throw_at(source, index_path(path + ".transcript", i) + ".start_seconds",
               std::to_string(ep.transcript[i].start_seconds) + " is negative");
    }
  }
}

}  // namespace

void validate_podcast(const Podcast& podcast, const std::string& source_name) {
  if (podcast.title.empty()) throw_at(source_name, "$.podcast.title", "missing or empty title");
  std::map<int, std::size_t> numbers;
  std::map<std::string, std::size_t> guids;
  for (std::size_t i = 0; i < podcast.episodes.size(); ++i) {
    const Episode& ep = podcast.episodes[i];
    const std::string path = index_path("$.episodes", i);
    validate_episode(ep, source_name, path);
    if (ep.number && !numbers.emplace(*ep.number, i).second) {
      throw_at(source_name, path + ".number", "duplicate episode number " + std::to_string(*ep.number) +
                                                   " (also at $.episodes[" + std::to_string(numbers[*ep.number]) + "])");
    }
    if (!guids.emplace(ep.guid, i).second) {
      throw_at(source_name, path + ".guid", "duplicate guid \"" + ep.guid + "\" (also at $.episodes[" +
                                                std::to_string(guids[ep.guid]) + "])");
    }
  }
}

namespace {

// Reads, cuts to InputLimits (warnings == nullptr: refuses instead) and checks.
Podcast read_podcast(const nlohmann::json& j, const std::string& source_name, std::vector<std::string>* warnings) {
  require_object(j, source_name, "$");
  check_format(j, source_name);
  Podcast podcast;
  if (!j.contains("podcast")) throw_at(source_name, "$.podcast", "missing");
  podcast_fields_from_json(j["podcast"], source_name, podcast);
  podcast.episodes = list_from_json<Episode>(j, "episodes", source_name, "$", read_episode);
  apply_input_limits(podcast, source_name, warnings);
  validate_podcast(podcast, source_name);
  return podcast;
}

nlohmann::json parse_corpus_file(const std::string& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > InputLimits::kMaxCorpusFileBytes) {
    throw InputError(path + ": " + std::to_string(size) + " bytes is over the limit of " +
                     std::to_string(InputLimits::kMaxCorpusFileBytes) + " bytes for a corpus file");
  }
  return parse_json_file(path);
}

}  // namespace

Podcast podcast_from_json(const nlohmann::json& j, const std::string& source_name, std::vector<std::string>& warnings) {
  return read_podcast(j, source_name, &warnings);
}

Podcast podcast_from_json(const nlohmann::json& j, const std::string& source_name) {
  return read_podcast(j, source_name, nullptr);
}

Podcast load_corpus_file(const std::string& path, std::vector<std::string>& warnings) {
  return read_podcast(parse_corpus_file(path), path, &warnings);
}

Podcast load_corpus_file(const std::string& path) { return read_podcast(parse_corpus_file(path), path, nullptr); }

nlohmann::json episode_to_json(const Episode& episode) { return write_episode<nlohmann::json>(episode); }

Episode episode_from_json(const nlohmann::json& j, const std::string& source_name, const std::string& json_path) {
  return read_episode(j, source_name, json_path);
}

nlohmann::json podcast_to_json(const Podcast& podcast) { return build_json<nlohmann::json>(podcast); }

void save_corpus_file(const Podcast& podcast, const std::string& path) {
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    // Invalid UTF-8 (from a sloppy feed) is written as U+FFFD rather than failing the save.
    out << build_json<nlohmann::ordered_json>(podcast).dump(1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      throw std::runtime_error(path + ": cannot write " + temp);
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw std::runtime_error(path + ": cannot rename " + temp + " into place");
  }
}

}  // namespace podseek
