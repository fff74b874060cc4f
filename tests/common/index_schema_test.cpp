// Tests for common/index_schema.cpp: field names, list values, term forms.
#include "common/index_schema.hpp"

#include <optional>

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("Query field names map to their prefixes and unknown names to none") {
  CHECK(schema::field_prefix("title") == schema::kTitleField);
  CHECK(schema::field_prefix("guest") == schema::kGuestField);
  CHECK(schema::field_prefix("chapter") == schema::kChapterField);
  CHECK(schema::field_prefix("topic") == schema::kTopicField);
  CHECK_FALSE(schema::field_prefix("https"));
  CHECK_FALSE(schema::field_prefix(""));
}

TEST_CASE("List values survive a join and split, empty lists included") {
  std::vector<std::string> guests = {"Max Inden", "Bruno Dal Bo Silva"};
  CHECK(schema::split_list(schema::join_list(guests)) == guests);
  CHECK(schema::split_list(schema::join_list({})).empty());
  CHECK(schema::split_list(schema::join_list({""})).empty());
}

TEST_CASE("Words get stemmed terms, numbers and single letters do not") {
  CHECK(schema::stem_term("", "pooling") == "Zpool");
  CHECK(schema::stem_term("S", "eyeballs") == "ZSeyebal");
  CHECK_FALSE(schema::stem_term("", "9000"));
  CHECK_FALSE(schema::stem_term("", "c"));
  CHECK(schema::word_term("XC", "quic") == "XCquic");
}

TEST_CASE("Documents of one episode share its episode term and have their own ids") {
  CHECK(schema::episode_term("netstack.fm/11") == "XEnetstack.fm/11");
  CHECK(schema::id_term(schema::chapter_document_id("netstack.fm/11", 3)) == "Qnetstack.fm/11#chapter-3");
  CHECK(schema::chapter_document_id("a/1", 0) != schema::segment_document_id("a/1", 0));
}

TEST_CASE("The duration order sorts by length, then by episode id, unknown lengths below every length") {
  auto key = [](std::optional<double> seconds, const std::string& id) {
    return schema::duration_order_key(seconds ? Xapian::sortable_serialise(*seconds) : "", id);
  };
  CHECK(key(60, "b/1") < key(61, "a/1"));
  CHECK(key(60, "a/2") < key(60, "b/1"));    // equal lengths: by episode id
  CHECK(key(60, "a/1") < key(60, "a/1x"));   // an id that extends another sorts after it
  CHECK(key(std::nullopt, "z/9") < key(0, "a/1"));
  CHECK(key(std::nullopt, "a/1") < key(std::nullopt, "a/2"));
}
