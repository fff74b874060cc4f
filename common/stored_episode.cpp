// JSON encoding of StoredEpisode (see stored_episode.hpp): the episode itself in the corpus
// form (corpus_json), with the index's own fields beside it.
#include "common/stored_episode.hpp"

#include "common/corpus_json.hpp"

namespace podseek {
namespace {

using nlohmann::json;

constexpr const char* kStoredSource = "stored episode";

}  // namespace

std::string encode_stored_episode(const StoredEpisode& stored) {
  return json{{"id", stored.id},
              {"podcast", stored.podcast},
              {"topics", stored.topics},
              {"episode", episode_to_json(stored.episode)}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

StoredEpisode decode_stored_episode(const std::string& data) {
  json j = json::parse(data);
  StoredEpisode stored;
  stored.id = j.at("id").get<std::string>();
  stored.podcast = j.at("podcast").get<std::string>();
  stored.topics = j.at("topics").get<std::vector<std::string>>();
  stored.episode = episode_from_json(j.at("episode"), kStoredSource, "$.episode");
  return stored;
}

std::string encode_stored_segment(const TranscriptSegment& segment) {
  json out{{"start", segment.start_seconds}, {"speaker", segment.speaker}, {"text", segment.text}};
  if (segment.cues.size() > 1) {  // [[offset, start], ...]: where each cue of the passage begins
    out["cues"] = json::array();
    for (const CueStart& cue : segment.cues) out["cues"].push_back({cue.offset, cue.start_seconds});
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

TranscriptSegment decode_stored_segment(const std::string& data) {
  json j = json::parse(data);
  TranscriptSegment segment{j.at("start").get<int>(), j.at("speaker").get<std::string>(),
                            j.at("text").get<std::string>(), {}};
  if (auto cues = j.find("cues"); cues != j.end()) {
    for (const json& cue : *cues) segment.cues.push_back({cue.at(0).get<std::size_t>(), cue.at(1).get<int>()});
  }
  return segment;
}

}  // namespace podseek
