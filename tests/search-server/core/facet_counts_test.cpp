// Facet counts by Xapian's built-in ValueCountMatchSpy (one per slot, summed) against the counting
// podseek did before (a custom spy splitting the list slots), on a generated corpus: the totals and
// every count of every facet must be identical. And the bounded run of facet slots: its limit,
// its warning, and filters that still see every value.
#include <map>

#include <catch2/catch.hpp>

#include "bench/corpus_generator.hpp"
#include "common/index_schema.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/episode_documents.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/facets.hpp"
#include "search-server/core/query_syntax.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using testing::repo_file;

// The counting podseek used before facets had to run on remote shards: every value of a list slot.
class OldListValueSpy : public Xapian::MatchSpy {
 public:
  explicit OldListValueSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double) override {
    for (const auto& value : schema::split_list(doc.get_value(slot_))) counts_[value]++;
  }
  std::vector<FacetValue> counts() const {
    std::vector<FacetValue> out;
    for (const auto& [value, count] : counts_) out.push_back({value, count});
    std::stable_sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    return out;
  }

 private:
  Xapian::valueno slot_;
  std::map<std::string, int> counts_;
};

Xapian::valueno old_slot(const FacetKind& facet) {
  if (facet.name == "guest") return schema::kGuestsSlot;
  if (facet.name == "topic") return schema::kTopicsSlot;
  if (facet.name == "category") return schema::kCategoriesSlot;
  return facet.slot;  // single-valued: one slot, as before
}

// The old counts of one facet for the request, as the searcher computed them.
std::vector<FacetValue> old_counts(Xapian::Database& db, const SearchRequest& request, const FacetKind& facet,
                                   int& total) {
  SynonymTable none;
  QueryBuilder builder(db, none);
  BuiltQuery built = builder.build(parse_query_syntax(request.query), QueryOptions{Xapian::Query::OP_AND, false, 30});
  const bool chosen = !(request.*facet.chosen).empty();
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built, FacetFilters{request}.build(chosen ? facet.slot : Xapian::BAD_VALUENO)));
  OldListValueSpy spy(old_slot(facet));
  enquire.add_matchspy(&spy);
  Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
  if (!chosen) total = static_cast<int>(all.get_matches_estimated());
  return most_frequent(spy.counts(), SearchLimits::kMaxFacetValues, request.*facet.chosen);
}

std::vector<SearchRequest> requests_of(const bench::SyntheticCorpus& corpus) {
  std::vector<SearchRequest> out;
  auto with = [&](std::string q) {
    SearchRequest r;
    r.query = std::move(q);
    r.facet_limit = SearchLimits::kMaxFacetValues;
    return r;
  };
  out.push_back(with(""));
  for (std::size_t i = 0; i < 40; ++i) out.push_back(with(corpus.vocabulary[i * 7 % 300]));
  for (std::size_t i = 0; i < 20; ++i) out.push_back(with(corpus.vocabulary[i] + " " + corpus.vocabulary[i + 20]));
  for (std::size_t i = 0; i < 20; ++i) {
    const Episode& e = corpus.podcasts[i % corpus.podcasts.size()].episodes.front();
    SearchRequest guest = with(i % 2 ? "" : corpus.vocabulary[i]);
    guest.guests = {e.guests.front()};
    out.push_back(guest);
    SearchRequest podcast = with(corpus.vocabulary[i + 3]);
    podcast.podcasts = {corpus.podcasts[i % corpus.podcasts.size()].title};
    out.push_back(podcast);
  }
  for (const char* topic : {"QUIC & HTTP/3", "DNS", "Linux, kernels & I/O"}) {
    SearchRequest r = with("");
    r.topics = {topic};
    out.push_back(r);
  }
  return out;
}

void check_same(const std::vector<FacetValue>& got, const std::vector<FacetValue>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CHECK(got[i].value == want[i].value);
    CHECK(got[i].count == want[i].count);
  }
}

}  // namespace

TEST_CASE("facet counts by built-in spies equal the old list-slot counts on a generated corpus", "[facets]") {
  testing::TempDir dir;
  bench::SyntheticCorpus corpus = bench::generate_corpus({.episodes = 600, .seed = 14});
  {
    IndexWriter writer(dir.file("index"), TopicTagger::load_file(repo_file("data/topics.json")));
    for (const Podcast& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
    writer.commit();
  }
  IndexReader reader(dir.file("index"));
  Searcher searcher(reader, SynonymTable());
  Xapian::Database db(dir.file("index"));
  int compared_values = 0;
  for (const SearchRequest& request : requests_of(corpus)) {
    Expected<SearchResponse> response = searcher.search(request);
    REQUIRE(response.ok());
    INFO("q=" << request.query << " guests=" << request.guests.size() << " podcasts=" << request.podcasts.size());
    if (response.value().corrected_query || !response.value().matched_all_words) continue;  // not the query run
    int total = -1;
    for (const FacetKind& facet : kFacetKinds) {
      INFO("facet " << facet.name);
      std::vector<FacetValue> want = old_counts(db, request, facet, total);
      check_same(response.value().*facet.listed, want);
      compared_values += static_cast<int>(want.size());
    }
    if (total >= 0) CHECK(response.value().total == total);
  }
  CHECK(compared_values > 2000);  // the comparison saw real counts
}

TEST_CASE("an episode with more facet values than the slots hold is counted for the first ones, with a warning",
          "[facets]") {
  Podcast podcast{.title = "Crowded"};
  Episode crowded{.guid = "c1", .number = 1, .title = "Everyone at once"};
  for (std::size_t i = 0; i < schema::kMaxFacetValuesPerEpisode + 3; ++i) crowded.guests.push_back("Guest " + std::to_string(i));
  crowded.guests.push_back("Guest 0");  // a repeated name takes no second slot
  podcast.episodes = {crowded};
  EpisodeDocuments docs = build_episode_documents(podcast, podcast.episodes[0], TopicTagger());
  REQUIRE(docs.warnings.size() == 1);
  CHECK(docs.warnings[0].find(std::to_string(schema::kMaxFacetValuesPerEpisode + 3) + " guest values") != std::string::npos);
  CHECK(docs.episode.get_value(schema::kGuestFacetFirstSlot) == "Guest 0");
  CHECK(docs.episode.get_value(schema::kGuestFacetFirstSlot + schema::kMaxFacetValuesPerEpisode - 1) ==
        "Guest " + std::to_string(schema::kMaxFacetValuesPerEpisode - 1));
  CHECK(docs.episode.get_value(schema::kGuestFacetFirstSlot + schema::kMaxFacetValuesPerEpisode).empty());

  testing::TempDir dir;
  IndexWriter writer(dir.file("index"), TopicTagger());
  IndexReport report = writer.add_podcast(podcast, false);
  writer.commit();
  CHECK(report.warnings.size() == 1);
  IndexReader reader(dir.file("index"));
  Searcher searcher(reader, SynonymTable());
  SearchRequest all;
  all.facet_limit = SearchLimits::kMaxFacetValues;
  Expected<SearchResponse> counted = searcher.search(all);
  REQUIRE(counted.ok());
  CHECK(counted.value().guest_values == static_cast<int>(schema::kMaxFacetValuesPerEpisode));
  SearchRequest last = all;
  last.guests = {"Guest " + std::to_string(schema::kMaxFacetValuesPerEpisode + 2)};
  Expected<SearchResponse> filtered_by_last = searcher.search(last);
  REQUIRE(filtered_by_last.ok());
  CHECK(filtered_by_last.value().total == 1);  // the filter sees every guest
}

}  // namespace podseek
