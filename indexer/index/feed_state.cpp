// Feed states in Xapian metadata (see feed_state.hpp).
#include "indexer/index/feed_state.hpp"

#include <nlohmann/json.hpp>

#include "common/index_schema.hpp"

namespace podseek {
namespace {

std::string key_of(const std::string& podcast) { return std::string(schema::kFeedMetadataPrefix) + podcast; }

bool decode(const std::string& podcast, const std::string& data, FeedState& state) {
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object() || !j.contains("url") || !j["url"].is_string()) return false;
  state.podcast = podcast;
  state.url = j["url"].get<std::string>();
  state.etag = j.value("etag", "");
  state.last_modified = j.value("last_modified", "");
  return !state.url.empty();
}

}  // namespace

std::vector<FeedState> read_feed_states(const Xapian::Database& db) {
  std::vector<FeedState> states;
  const std::string prefix(schema::kFeedMetadataPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    FeedState state;
    if (decode(key.substr(prefix.size()), db.get_metadata(key), state)) states.push_back(state);
  }
  return states;
}

std::vector<FeedState> read_feed_states(const std::string& db_path) {
  try {
    return read_feed_states(Xapian::Database(db_path));
  } catch (const Xapian::DatabaseOpeningError&) {
    return {};  // no index yet
  }
}

void write_feed_state(Xapian::WritableDatabase& db, const FeedState& state) {
  nlohmann::json j = {{"url", state.url}, {"etag", state.etag}, {"last_modified", state.last_modified}};
  db.set_metadata(key_of(state.podcast), j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void forget_feed_state(Xapian::WritableDatabase& db, const std::string& podcast) {
  db.set_metadata(key_of(podcast), "");
}

}  // namespace podseek
