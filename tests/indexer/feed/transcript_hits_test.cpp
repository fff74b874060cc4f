// Issue 11 point 3: a transcript hit lands where the words are said. Transcripts are read, joined
// into passages and indexed; for words said once, the hit must start at the cue that says them.
#include <filesystem>
#include <map>
#include <stdlib.h>

#include <catch2/catch.hpp>

#include "common/ascii_text.hpp"
#include "indexer/feed/transcript_json.hpp"
#include "indexer/feed/transcript_srt.hpp"
#include "indexer/feed/transcript_vtt.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

// One episode with this transcript, indexed into a fresh directory removed at the end.
class TranscriptIndex {
 public:
  explicit TranscriptIndex(const std::vector<TranscriptCue>& cues) {
    std::string pattern = (std::filesystem::temp_directory_path() / "podseek-transcript-hits-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
    Podcast podcast{"Hits", "https://hits.example/", "", "", {}};
    Episode episode;
    episode.guid = "e1";
    episode.number = 1;
    episode.title = "Episode";
    episode.url = "https://hits.example/1";
    episode.transcript = join_cues(cues);
    podcast.episodes.push_back(episode);
    IndexWriter writer(db(), TopicTagger{});
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  ~TranscriptIndex() { std::filesystem::remove_all(dir_); }
  std::string db() const { return dir_ + "/db"; }

  std::vector<SegmentHit> hits(const std::string& query) const {
    IndexReader reader(db());
    Searcher searcher(reader, SynonymTable{});
    Expected<SearchResponse> response = searcher.search(SearchRequest{.query = query});
    REQUIRE(response.ok());
    if (response.value().results.empty()) return {};
    return response.value().results[0].transcript;
  }

 private:
  std::string dir_;
};

// Lower-case letter-only words of at least min_letters letters.
std::vector<std::string> words_of(const std::string& text, std::size_t min_letters) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (ascii::is_alpha(c)) {
      word += ascii::to_lower(c);
    } else {
      if (word.size() >= min_letters) words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// For every word said in exactly one cue (and no word sharing its first 5 letters elsewhere, so stems are not shared), the
// first transcript hit of a search for it starts at that cue (floored to the second): never
// after, at most a second before. Returns how many words were checked.
int check_hits_land_on_cues(const std::vector<TranscriptCue>& cues) {
  std::map<std::string, std::vector<std::size_t>> cues_of_prefix;
  for (std::size_t i = 0; i < cues.size(); ++i) {
    for (const std::string& word : words_of(cues[i].text, 5)) cues_of_prefix[word.substr(0, 5)].push_back(i);
  }
  TranscriptIndex index(cues);
  int checked = 0;
  for (std::size_t i = 0; i < cues.size() && checked < 40; ++i) {
    for (const std::string& word : words_of(cues[i].text, 7)) {
      if (cues_of_prefix[word.substr(0, 5)].size() != 1) continue;
      std::vector<SegmentHit> hits = index.hits(word);
      INFO("word \"" << word << "\" said at " << cues[i].start);
      REQUIRE(hits.size() == 1);
      CHECK(hits[0].start_seconds <= cues[i].start);
      CHECK(hits[0].start_seconds > cues[i].start - 2);
      CHECK(hits[0].text_html.find("<mark>") != std::string::npos);
      ++checked;
      break;
    }
  }
  return checked;
}

std::string wild(const std::string& name) {
  return std::string(PODSEEK_SOURCE_DIR) + "/../shared/feeds-wild/" + name;
}

}  // namespace

TEST_CASE("A word said late in a passage links to its own cue, not the passage start") {
  std::vector<TranscriptCue> cues = {{343.0, 345.0, "Ann", "we start with the basics"},
                                     {345.1, 348.0, "Ann", "and then there is congestion control"},
                                     {348.2, 351.0, "Ann", "which brings us to"},
                                     {351.4, 354.0, "Ann", "multipath transport at last"},
                                     {531.0, 533.0, "Ann", "three minutes later: multipath again"}};
  TranscriptIndex index(cues);
  std::vector<SegmentHit> hits = index.hits("multipath");
  REQUIRE(hits.size() == 2);  // the silence before 531 s keeps the last cue a passage of its own
  std::vector<int> starts = {hits[0].start_seconds, hits[1].start_seconds};
  std::sort(starts.begin(), starts.end());
  CHECK(starts == std::vector<int>{351, 531});
  for (const SegmentHit& hit : hits) CHECK(hit.text_html.find("<mark>multipath</mark>") != std::string::npos);
  CHECK(index.hits("congestion").at(0).start_seconds == 345);
  CHECK(index.hits("congestion").at(0).deep_link == "https://hits.example/1?t=345");
}

TEST_CASE("A change of speaker always starts a new passage") {
  std::vector<TranscriptCue> cues = {{10, 11, "Ann", "hello there"}, {11, 12, "Bob", "greetings everybody"}};
  TranscriptIndex index(cues);
  std::vector<SegmentHit> hits = index.hits("greetings");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].start_seconds == 11);
  CHECK(hits[0].speaker == "Bob");
}

TEST_CASE("With word timing (JSON transcripts) a hit lands on the word") {
  TranscriptRead read = parse_transcript_json(testing::read_fixture("netstack-9.json"), "t.json");
  TranscriptIndex index(read.cues);
  std::vector<SegmentHit> hits = index.hits("http");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].start_seconds == 1791);  // "RPC over HTTP/2." starts at 1791.0; its passage at 1789.2
}

TEST_CASE("Hits land on their cue in the real SRT and VTT transcripts (feeds-wild)") {
  if (!std::filesystem::exists(wild("podcast-namespace--transcript-example.srt"))) {
    WARN("skipped: ../shared/feeds-wild is absent");
    return;
  }
  TranscriptRead srt = parse_srt(testing::read_file(wild("podcast-namespace--transcript-example.srt")), "srt");
  CHECK(srt.warnings.empty());
  CHECK(check_hits_land_on_cues(srt.cues) >= 20);
  TranscriptRead vtt = parse_vtt(testing::read_file(wild("podcast-namespace--transcript-example.vtt")), "vtt");
  CHECK(vtt.warnings.empty());
  CHECK(check_hits_land_on_cues(vtt.cues) >= 2);
}
