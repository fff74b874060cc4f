// Tests for search-server/page_parts.cpp: parts of the page's episodes only, best first, at
// most so many per episode, of the asked kind only.
#include "search-server/core/page_parts.hpp"

#include <catch2/catch.hpp>

#include "common/index_schema.hpp"

using namespace podseek;

namespace {

// A chapter or segment document of an episode whose text is `word` repeated `times` times.
void add_part(Xapian::WritableDatabase& db, std::string_view kind, const std::string& episode_id,
              const std::string& name, const std::string& word, unsigned times) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kind_term(kind));
  doc.add_boolean_term(schema::episode_term(episode_id));
  doc.add_value(schema::kEpisodeIdSlot, episode_id);
  doc.add_term(word, times);
  doc.add_term("filler", 10);
  doc.set_data(name);
  db.add_document(doc);
}

std::vector<std::string> names(const std::vector<Xapian::Document>& docs) {
  std::vector<std::string> out;
  for (const auto& doc : docs) out.push_back(doc.get_data());
  return out;
}

}  // namespace

TEST_CASE("Parts are found for the page's episodes only, best first, at most per_episode each") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_part(db, schema::kKindChapter, "show/1", "1-weak", "quic", 1);
  add_part(db, schema::kKindChapter, "show/1", "1-strong", "quic", 5);
  add_part(db, schema::kKindChapter, "show/1", "1-middle", "quic", 3);
  add_part(db, schema::kKindChapter, "show/2", "2-only", "quic", 2);
  add_part(db, schema::kKindChapter, "show/3", "3-not-on-page", "quic", 9);
  add_part(db, schema::kKindSegment, "show/1", "1-segment", "quic", 9);
  add_part(db, schema::kKindChapter, "show/2", "2-other-word", "tcp", 9);

  auto parts = matching_parts_by_episode(db, Xapian::Query("quic"), {"show/1", "show/2"}, schema::kKindChapter, 2);
  CHECK(parts.size() == 2);
  CHECK(names(parts["show/1"]) == std::vector<std::string>{"1-strong", "1-middle"});
  CHECK(names(parts["show/2"]) == std::vector<std::string>{"2-only"});

  auto all = matching_parts_by_episode(db, Xapian::Query("quic"), {"show/1"}, schema::kKindChapter, 10);
  CHECK(names(all["show/1"]) == std::vector<std::string>{"1-strong", "1-middle", "1-weak"});

  auto segments = matching_parts_by_episode(db, Xapian::Query("quic"), {"show/1", "show/2"}, schema::kKindSegment, 5);
  CHECK(names(segments["show/1"]) == std::vector<std::string>{"1-segment"});
  CHECK(segments.count("show/2") == 0);
}

TEST_CASE("No episodes or no room per episode finds nothing") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_part(db, schema::kKindChapter, "show/1", "1", "quic", 1);
  CHECK(matching_parts_by_episode(db, Xapian::Query("quic"), {}, schema::kKindChapter, 5).empty());
  CHECK(matching_parts_by_episode(db, Xapian::Query("quic"), {"show/1"}, schema::kKindChapter, 0).empty());
}
