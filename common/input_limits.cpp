// Cutting a podcast to InputLimits, with a warning (or an error) for each cut.
#include "common/input_limits.hpp"

#include "common/status.hpp"

namespace podseek {
namespace {

// Where the cuts of one source go: a warning each, or the first one thrown.
class Cuts {
 public:
  Cuts(const std::string& source, std::vector<std::string>* warnings) : source_(source), warnings_(warnings) {}

  void text(std::string& value, std::size_t max, const std::string& place) {
    const std::size_t size = value.size();
    if (size <= max) return;
    if (warnings_ == nullptr) refuse(place, std::to_string(size) + " bytes", std::to_string(max) + " bytes");
    cut_utf8(value, max);
    note(place + ": " + std::to_string(size) + " bytes cut to " + std::to_string(value.size()));
  }

  template <class T>
  void list(std::vector<T>& values, std::size_t max, const std::string& place) {
    const std::size_t size = values.size();
    if (size <= max) return;
    if (warnings_ == nullptr) refuse(place, std::to_string(size) + " entries", std::to_string(max));
    values.resize(max);
    note(place + ": " + std::to_string(size) + " entries; only the first " + std::to_string(max) + " are kept");
  }

 private:
  [[noreturn]] void refuse(const std::string& place, const std::string& size, const std::string& max) {
    throw InputError(source_ + ": " + place + ": " + size + " is over the limit of " + max);
  }
  void note(const std::string& what) { warnings_->push_back(source_ + ": " + what); }

  const std::string& source_;
  std::vector<std::string>* warnings_;
};

std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

void limit_transcript(Episode& episode, Cuts& cuts, const std::string& path, const std::string& who) {
  using L = InputLimits;
  cuts.list(episode.transcript, L::kMaxTranscriptSegments, path + ".transcript" + who);
  std::size_t total = 0;
  for (std::size_t i = 0; i < episode.transcript.size(); ++i) {
    TranscriptSegment& segment = episode.transcript[i];
    const std::string place = at(path + ".transcript", i);
    cuts.text(segment.text, L::kMaxTextBytes, place + ".text" + who);
    cuts.text(segment.speaker, L::kMaxTitleBytes, place + ".speaker" + who);
    total += segment.text.size();
    if (total > L::kMaxTranscriptBytes) {
      cuts.list(episode.transcript, i, path + ".transcript" + who + " (over " +
                                           std::to_string(L::kMaxTranscriptBytes) + " bytes of text)");
      return;
    }
  }
}

void limit_episode(Episode& episode, Cuts& cuts, const std::string& path) {
  using L = InputLimits;
  std::string guid = episode.guid;
  cut_utf8(guid, 80);
  const std::string who = " (episode \"" + guid + "\")";
  for (auto [name, field] : {std::pair{"guid", &episode.guid}, {"url", &episode.url},
                             {"published", &episode.published}, {"enclosure_url", &episode.enclosure_url},
                             {"enclosure_type", &episode.enclosure_type},
                             {"image_url", &episode.image_url}}) {
    cuts.text(*field, L::kMaxUrlBytes, path + "." + name + who);
  }
  cuts.text(episode.title, L::kMaxTitleBytes, path + ".title" + who);
  cuts.text(episode.description, L::kMaxTextBytes, path + ".description" + who);
  for (auto [name, people] : {std::pair{"guests", &episode.guests}, {"hosts", &episode.hosts}}) {
    cuts.list(*people, L::kMaxPeople, path + "." + name + who);
    for (std::size_t i = 0; i < people->size(); ++i) cuts.text((*people)[i], L::kMaxTitleBytes, at(path + "." + name, i) + who);
  }
  cuts.list(episode.links, L::kMaxLinks, path + ".links" + who);
  for (std::size_t i = 0; i < episode.links.size(); ++i) {
    cuts.text(episode.links[i].url, L::kMaxUrlBytes, at(path + ".links", i) + ".url" + who);
    cuts.text(episode.links[i].label, L::kMaxTitleBytes, at(path + ".links", i) + ".label" + who);
  }
  cuts.list(episode.chapters, L::kMaxChapters, path + ".chapters" + who);
  for (std::size_t i = 0; i < episode.chapters.size(); ++i) {
    cuts.text(episode.chapters[i].title, L::kMaxTitleBytes, at(path + ".chapters", i) + ".title" + who);
  }
  limit_transcript(episode, cuts, path, who);
}

}  // namespace

bool cut_utf8(std::string& text, std::size_t max) {
  if (text.size() <= max) return false;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return true;
}

void apply_input_limits(Podcast& podcast, const std::string& source, std::vector<std::string>* warnings) {
  using L = InputLimits;
  Cuts cuts(source, warnings);
  cuts.text(podcast.title, L::kMaxTitleBytes, "$.podcast.title");
  cuts.text(podcast.url, L::kMaxUrlBytes, "$.podcast.url");
  cuts.text(podcast.description, L::kMaxTextBytes, "$.podcast.description");
  cuts.text(podcast.deep_link_template, L::kMaxUrlBytes, "$.podcast.deep_link_template");
  cuts.list(podcast.episodes, L::kMaxEpisodes, "$.episodes");
  for (std::size_t i = 0; i < podcast.episodes.size(); ++i) limit_episode(podcast.episodes[i], cuts, at("$.episodes", i));
}

}  // namespace podseek
