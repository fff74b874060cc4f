// Listing fields to and from JSON (see listing_json.hpp).
#include "common/listing_json.hpp"

#include "common/json_fields.hpp"

namespace podseek {
namespace {

using nlohmann::json;

void listing_to_json(const Listing& listing, json& out) {
  if (!listing.language.empty()) out["language"] = listing.language;
  if (!listing.categories.empty()) out["categories"] = listing.categories;
  if (!listing.keywords.empty()) out["keywords"] = listing.keywords;
  if (listing.explicit_content) out["explicit"] = *listing.explicit_content;
}

void listing_from_json(const json& j, const std::string& source, const std::string& path, Listing& listing) {
  if (j.contains("language")) listing.language = read_string(j["language"], source, path + ".language");
  if (j.contains("categories")) listing.categories = read_string_list(j["categories"], source, path + ".categories");
  if (j.contains("keywords")) listing.keywords = read_string_list(j["keywords"], source, path + ".keywords");
  if (j.contains("explicit")) {
    if (!j["explicit"].is_boolean()) throw_at(source, path + ".explicit", "expected true or false, got " + describe_json(j["explicit"]));
    listing.explicit_content = j["explicit"].get<bool>();
  }
}

double read_seconds(const json& value, const std::string& source, const std::string& path) {
  if (!value.is_number() || !(value.get<double>() >= 0)) throw_at(source, path, "expected seconds, got " + describe_json(value));
  return value.get<double>();
}

}  // namespace

void episode_listing_to_json(const Episode& episode, json& out) {
  listing_to_json(episode.listing, out);
  if (episode.season) out["season"] = *episode.season;
  if (!episode.episode_type.empty()) out["episode_type"] = episode.episode_type;
  if (!episode.enclosure_type.empty()) out["enclosure_type"] = episode.enclosure_type;
  if (episode.enclosure_length) out["enclosure_length"] = *episode.enclosure_length;
  if (episode.soundbites.empty()) return;
  out["soundbites"] = json::array();
  for (const Soundbite& bite : episode.soundbites) {
    out["soundbites"].push_back(
        {{"start_seconds", bite.start_seconds}, {"duration_seconds", bite.duration_seconds}, {"title", bite.title}});
  }
}

void episode_listing_from_json(const json& j, const std::string& source, const std::string& path, Episode& episode) {
  listing_from_json(j, source, path, episode.listing);
  if (j.contains("season")) episode.season = read_int(j["season"], source, path + ".season");
  if (j.contains("episode_type")) episode.episode_type = read_string(j["episode_type"], source, path + ".episode_type");
  if (j.contains("enclosure_type")) episode.enclosure_type = read_string(j["enclosure_type"], source, path + ".enclosure_type");
  if (j.contains("enclosure_length")) {
    const json& length = j["enclosure_length"];
    if (!length.is_number_integer() || length.get<long long>() <= 0) {
      throw_at(source, path + ".enclosure_length", "must be a positive whole number of bytes, not " + describe_json(length));
    }
    episode.enclosure_length = length.get<long long>();
  }
  if (!j.contains("soundbites")) return;
  require_array(j["soundbites"], source, path + ".soundbites");
  for (std::size_t i = 0; i < j["soundbites"].size(); ++i) {
    const json& bite = j["soundbites"][i];
    const std::string at = path + ".soundbites[" + std::to_string(i) + "]";
    require_object(bite, source, at);
    Soundbite read;
    if (bite.contains("start_seconds")) read.start_seconds = read_seconds(bite["start_seconds"], source, at + ".start_seconds");
    if (bite.contains("duration_seconds")) read.duration_seconds = read_seconds(bite["duration_seconds"], source, at + ".duration_seconds");
    if (bite.contains("title")) read.title = read_string(bite["title"], source, at + ".title");
    episode.soundbites.push_back(std::move(read));
  }
}

void podcast_listing_to_json(const Podcast& podcast, json& out) {
  listing_to_json(podcast.listing, out);
  if (!podcast.image_url.empty()) out["image_url"] = podcast.image_url;
  if (!podcast.guid.empty()) out["guid"] = podcast.guid;
  if (!podcast.feed_url.empty()) out["feed_url"] = podcast.feed_url;
}

void podcast_listing_from_json(const json& j, const std::string& source, const std::string& path, Podcast& podcast) {
  listing_from_json(j, source, path, podcast.listing);
  for (auto [key, field] : {std::pair{"image_url", &podcast.image_url}, {"guid", &podcast.guid}, {"feed_url", &podcast.feed_url}}) {
    if (j.contains(key)) *field = read_string(j[key], source, path + "." + key);
  }
}

}  // namespace podseek
