// Guests inferred from titles and descriptions, for podcasts whose sources name no guests (no
// podcast:person role="guest", no corpus "guests"). Precision first: a wrong guest is worse than
// none. A guest is a personal name (2–4 capitalised words, name_list.hpp) right after a cue —
// in titles "with", "w/", "feat.", "ft.", "featuring", "Guest:", "joined by", "mit", "met",
// "con", or a title that starts "Name on …"; in descriptions only the explicit ones ("Guest:",
// "special guest", "my guest today is", "joined by", "interview with", "featuring", "zu Gast",
// "im Gespräch mit", …). Never a guest: the podcast's hosts (episode hosts, the publisher's names
// from itunes:author/owner, names after "Host:"/"Hosts:"/"hosted by", and any name inferred in
// most of its episodes); a name seen after "from", "of", "at" or "in" anywhere in the podcast
// (a company, show or place); a name most of whose words the podcast also writes in lowercase.
// Thread safety: pure functions over constant tables.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/episode.hpp"

namespace podseek {

// Values of Episode::guest_sources, and of "guest_sources" in the API.
constexpr const char* kGuestFromPerson = "person";  // named by the source (person tag, corpus)
constexpr const char* kGuestFromTitle = "title";
constexpr const char* kGuestFromDescription = "description";

// What the rules know of one podcast (all names and words folded by ICU).
struct PodcastNames {
  std::set<std::string> hosts;
  std::set<std::string> organisations;      // capitalised runs seen after from/of/at/in
  std::map<std::string, int> lowercase_words;  // word → how often it is written in lowercase
};

struct InferredGuest {
  std::string name;
  std::string source;  // kGuestFromTitle or kGuestFromDescription
};

// True when some episode already names its guests: then the podcast is left as it is (its
// episodes without guests have none), so inference never overrides a publisher who tags guests.
bool podcast_names_guests(const Podcast& podcast);

// The hosts, organisations and vocabulary of a podcast; publisher_names are free text such as
// "JT, Hakim, and Yugopnik" (itunes:author, itunes:owner) and are split into names.
PodcastNames collect_podcast_names(const Podcast& podcast, const std::vector<std::string>& publisher_names);

// The guests one episode's title and description name, before the most-episodes host rule.
std::vector<InferredGuest> guests_in_episode(const std::string& title, const std::string& description,
                                             const PodcastNames& names);

// Adds inferred guests to every episode of a podcast that names none (podcast_names_guests),
// recording each one's source in Episode::guest_sources. Returns how many guests were added.
int infer_guests(Podcast& podcast, const std::vector<std::string>& publisher_names = {});

}  // namespace podseek
