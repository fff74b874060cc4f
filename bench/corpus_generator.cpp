// The synthetic corpus (see corpus_generator.hpp).
#include "bench/corpus_generator.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "bench/random.hpp"
#include "bench/word_lists.hpp"
#include "common/corpus_json.hpp"
#include "common/text_analyzer.hpp"

namespace podseek::bench {
namespace {

constexpr std::size_t kVocabularySize = 50000;
constexpr double kWordSkew = 1.0;      // Zipf exponent of words (natural language is close to 1)
constexpr double kGuestSkew = 1.0;     // a few guests appear often, most once
constexpr double kPodcastSkew = 0.9;   // a few large podcasts, a long tail of small ones
constexpr std::uint64_t kVocabularySeed = 0x706f647365656bULL;  // the vocabulary never changes

std::string pseudo_word(Rng& rng) {
  static const char* consonants = "bdfgklmnprstvz";
  static const char* vowels = "aeiou";
  std::string word;
  int syllables = rng.between(2, 4);
  for (int i = 0; i < syllables; ++i) {
    word += consonants[rng.below(14)];
    word += vowels[rng.below(5)];
  }
  if (rng.chance(0.4)) word += consonants[rng.below(14)];
  return word;
}

std::string capitalized(std::string word) {
  if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) word[0] = static_cast<char>(std::toupper(word[0]));
  return word;
}

// Everyday words first (the most frequent), jargon woven in among them, then rare words.
void build_vocabulary(SyntheticCorpus& corpus) {
  Rng rng(kVocabularySeed);
  std::set<std::string> seen;
  auto add = [&](std::string word) {
    std::string key = word;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    if (seen.insert(key).second) corpus.vocabulary.push_back(std::move(word));
  };
  const auto& everyday = everyday_words();
  const auto& jargon = jargon_words();
  std::size_t e = 0, j = 0;
  for (; e < 30; ++e) add(std::string(everyday[e]));
  while (e < everyday.size() || j < jargon.size()) {
    if (j < jargon.size() && (e >= everyday.size() || corpus.vocabulary.size() % 4 == 0)) {
      add(std::string(jargon[j++]));
    } else {
      add(std::string(everyday[e++]));
    }
  }
  while (corpus.vocabulary.size() < kVocabularySize) add(pseudo_word(rng));
  TextAnalyzer& analyzer = thread_analyzer();
  for (const auto& word : corpus.vocabulary) corpus.is_stopword.push_back(is_stopword(analyzer.fold(word)));
  corpus.occurrences.assign(corpus.vocabulary.size(), 0);
}

// Days since 1970-01-01 to "YYYY-MM-DD" (Howard Hinnant's civil_from_days).
std::string iso_date(long days) {
  days += 719468;
  long era = days / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  char out[48];
  std::snprintf(out, sizeof out, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
  return out;
}

class Writer {
 public:
  Writer(SyntheticCorpus& corpus, Rng& rng)
      : corpus_(corpus), rng_(rng), words_(corpus.vocabulary.size(), kWordSkew),
        guests_(std::max<std::size_t>(40, corpus.episodes / 3), kGuestSkew) {}

  std::size_t word_id(bool content_only) {
    for (int tries = 0;; ++tries) {
      std::size_t id = words_.sample(rng_);
      if (!content_only || !corpus_.is_stopword[id] || tries > 8) {
        corpus_.occurrences[id]++;
        return id;
      }
    }
  }
  const std::string& word(bool content_only = false) { return corpus_.vocabulary[word_id(content_only)]; }

  std::string words(int count, bool capitalize_each) {
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i) text += ' ';
      text += (capitalize_each || i == 0) ? capitalized(word(true)) : word(true);
    }
    return text;
  }

  std::string description(int word_count) {
    std::string text;
    while (word_count > 0) {
      int length = std::min(word_count, rng_.between(6, 18));
      for (int i = 0; i < length; ++i) {
        if (!text.empty()) text += ' ';
        text += i == 0 ? capitalized(word()) : word();
        if (i + 1 < length && rng_.chance(0.08)) text += ',';
      }
      text += '.';
      word_count -= length;
    }
    return text;
  }

  std::string guest_name(std::size_t rank) {
    const auto& first = first_names();
    const auto& last = last_names();
    std::string name = std::string(first[rank % first.size()]) + " ";
    std::size_t surname = rank / first.size();
    if (surname < last.size()) return name + std::string(last[surname]);
    Rng named(kVocabularySeed + rank);  // the same guest always has the same name
    return name + capitalized(pseudo_word(named));
  }

  std::string link_url() {
    static const char* tlds[] = {"com", "dev", "io", "org", "net", "rs"};
    Rng& r = rng_;
    std::string url = "https://" + pseudo_word(r) + "." + tlds[r.below(6)];
    int parts = r.between(0, 3);
    for (int i = 0; i < parts; ++i) {
      std::string part;
      for (char c : word(true)) {
        if (std::isalnum(static_cast<unsigned char>(c))) part += static_cast<char>(std::tolower(c));
      }
      url += "/" + (part.empty() ? "x" : part);
    }
    return url;
  }

  Episode episode(const std::string& slug, int number, long first_day) {
    Episode e;
    e.number = number;
    e.guid = slug + "-episode-" + std::to_string(number);
    e.url = "https://" + slug + ".example/episodes/" + std::to_string(number);
    e.published = iso_date(first_day + 7L * (number - 1) + rng_.between(0, 3));
    double g = rng_.uniform();
    int guest_count = g < 0.6 ? 1 : g < 0.9 ? 2 : 3;
    for (int i = 0; i < guest_count; ++i) {
      std::string name = guest_name(guests_.sample(rng_));
      if (std::find(e.guests.begin(), e.guests.end(), name) == e.guests.end()) e.guests.push_back(name);
    }
    e.title = words(rng_.between(3, 8), true);
    if (rng_.chance(0.4)) e.title += " with " + e.guests[0];
    // 50-400 words, most near the middle (a triangular distribution).
    e.description = description(50 + (rng_.between(0, 175) + rng_.between(0, 175)));
    int links = rng_.between(2, 10);
    for (int i = 0; i < links; ++i) e.links.push_back({link_url(), rng_.chance(0.2) ? "" : words(rng_.between(2, 6), false)});
    int chapters = rng_.between(5, 25);
    int start = 0;
    for (int i = 0; i < chapters; ++i) {
      std::string title = (i == 0 && rng_.chance(0.5)) ? "Intro" : words(rng_.between(2, 7), false);
      e.chapters.push_back({title, start});
      start += rng_.between(60, 600);
    }
    e.duration_seconds = start + rng_.between(60, 600);
    return e;
  }

 private:
  SyntheticCorpus& corpus_;
  Rng& rng_;
  Zipf words_;
  Zipf guests_;
};

std::size_t text_bytes(const Episode& e) {
  std::size_t bytes = e.title.size() + e.description.size();
  for (const auto& g : e.guests) bytes += g.size();
  for (const auto& h : e.hosts) bytes += h.size();
  for (const auto& c : e.chapters) bytes += c.title.size();
  for (const auto& l : e.links) bytes += l.url.size() + l.label.size();
  return bytes;
}

// How many episodes each podcast gets: Zipf shares, at least one each, summing to total.
std::vector<std::size_t> podcast_sizes(std::size_t total) {
  std::size_t count = std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(std::sqrt(double(total)))), 1, 300);
  count = std::min(count, total);
  std::vector<double> weight(count);
  double sum = 0;
  for (std::size_t i = 0; i < count; ++i) sum += weight[i] = std::pow(double(i + 1), -kPodcastSkew);
  std::vector<std::size_t> sizes(count, 1);
  std::size_t given = count;
  for (std::size_t i = 0; i < count; ++i) {
    auto extra = static_cast<std::size_t>(double(total - count) * weight[i] / sum);
    sizes[i] += extra;
    given += extra;
  }
  for (std::size_t i = 0; given < total; i = (i + 1) % count, ++given) sizes[i]++;
  return sizes;
}

}  // namespace

SyntheticCorpus generate_corpus(const CorpusOptions& options) {
  SyntheticCorpus corpus;
  corpus.episodes = options.episodes;
  build_vocabulary(corpus);
  Rng rng(options.seed);
  Writer writer(corpus, rng);
  const auto& first = first_names();
  const auto& last = last_names();
  std::vector<std::size_t> sizes = podcast_sizes(options.episodes);
  for (std::size_t p = 0; p < sizes.size(); ++p) {
    Podcast podcast;
    std::string name = capitalized(pseudo_word(rng));
    podcast.title = name + " " + std::string(show_suffixes()[rng.below(show_suffixes().size())]) + " " +
                    std::to_string(p + 1);
    std::string slug = name;
    std::transform(slug.begin(), slug.end(), slug.begin(), [](unsigned char c) { return std::tolower(c); });
    slug += "-" + std::to_string(p + 1);
    podcast.url = "https://" + slug + ".example/";
    podcast.description = writer.description(rng.between(20, 60));
    std::vector<std::string> hosts;
    int host_count = rng.between(1, 2);
    for (int h = 0; h < host_count; ++h) {
      hosts.push_back(std::string(rng.pick(first)) + " " + std::string(rng.pick(last)));
    }
    long first_day = 15340 + static_cast<long>(rng.below(3000));  // from 2012 on
    for (std::size_t n = 0; n < sizes[p]; ++n) {
      Episode e = writer.episode(slug, static_cast<int>(n + 1), first_day);
      e.hosts = hosts;
      corpus.chapters += e.chapters.size();
      corpus.raw_text_bytes += text_bytes(e);
      podcast.episodes.push_back(std::move(e));
    }
    corpus.podcasts.push_back(std::move(podcast));
  }
  return corpus;
}

std::size_t write_corpus(const SyntheticCorpus& corpus, const std::string& dir) {
  std::filesystem::create_directories(dir);
  std::size_t index = 0;
  for (const auto& podcast : corpus.podcasts) {
    char name[32];
    std::snprintf(name, sizeof name, "podcast-%04zu.json", ++index);
    save_corpus_file(podcast, (std::filesystem::path(dir) / name).string());
  }
  return index;
}

}  // namespace podseek::bench
