// The podseek corpus file ("format": "podseek-corpus/1", see data/README.md): a Podcast as JSON,
// read with checks that name the file and JSON path of every problem, and written atomically.
// Thread safety: free functions without shared state; concurrent saves to one path race (last wins).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

inline constexpr const char* kCorpusFormat = "podseek-corpus/1";

// Reads a corpus file. Throws InputError "<path>: <json path>: <what>" on a syntax error (with
// line and column), a wrong type, a missing title, or anything validate_podcast rejects, and for
// a file over InputLimits::kMaxCorpusFileBytes. Fields and lists over their InputLimits are cut,
// each cut a warning appended to `warnings` naming the file, episode and field; the overload
// without `warnings` refuses such a file instead (InputError), so that nothing is cut silently.
Podcast load_corpus_file(const std::string& path, std::vector<std::string>& warnings);
Podcast load_corpus_file(const std::string& path);

// Same checks and limits as load_corpus_file; source_name is used in messages only.
Podcast podcast_from_json(const nlohmann::json& j, const std::string& source_name, std::vector<std::string>& warnings);
Podcast podcast_from_json(const nlohmann::json& j, const std::string& source_name);

// The corpus JSON of a podcast. Optional episode fields appear only when set.
nlohmann::json podcast_to_json(const Podcast& podcast);

// Writes pretty-printed JSON to path via a temporary file and rename, so readers see the old
// or the new file, never half of one. Throws std::runtime_error naming the file on failure.
void save_corpus_file(const Podcast& podcast, const std::string& path);

// One episode in the corpus form, and back (the same checks as a whole corpus, with paths
// under json_path). Also the stored form of an episode in the index (stored_episode.hpp).
nlohmann::json episode_to_json(const Episode& episode);
Episode episode_from_json(const nlohmann::json& j, const std::string& source_name, const std::string& json_path);

// Checks what any reader (corpus, page, feed) must guarantee: podcast and episode titles not
// empty, guids not empty and unique, episode numbers unique, chapter starts >= 0 and strictly
// increasing, no negative durations or transcript starts. Paths in messages follow the corpus
// JSON shape ("$.episodes[3].chapters[2].start_seconds"). Throws InputError.
void validate_podcast(const Podcast& podcast, const std::string& source_name);

}  // namespace podseek
