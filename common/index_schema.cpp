// Term and value helpers of the index schema (see index_schema.hpp).
#include "common/index_schema.hpp"

#include <cctype>
#include <initializer_list>

#include "common/text_analyzer.hpp"

namespace podseek::schema {
namespace {

std::string concat(std::string_view a, std::string_view b) {
  std::string out(a);
  out += b;
  return out;
}

bool has_letter(const std::string& word) {
  for (unsigned char c : word) {
    if (std::isalpha(c) || c >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string_view> field_prefix(std::string_view name) {
  if (name == "title") return kTitleField;
  if (name == "guest") return kGuestField;
  if (name == "chapter") return kChapterField;
  if (name == "topic") return kTopicField;
  return std::nullopt;
}

namespace {

// The parts in order, each with '\0' escaped as "\0\xff" and ended by "\0\0" (as
// Xapian's MultiValueKeyMaker joins them), so that the joined values sort as the parts would.
std::string order_key(std::initializer_list<const std::string*> parts) {
  std::string key;
  for (const std::string* part : parts) {
    for (char c : *part) {
      key += c;
      if (c == '\0') key += '\xff';
    }
    key.append(2, '\0');
  }
  return key;
}

}  // namespace

std::string date_order_key(const std::string& published, const std::string& number_value, const std::string& id) {
  return order_key({&published, &number_value, &id});
}

std::string duration_order_key(const std::string& duration_value, const std::string& id) {
  return order_key({&duration_value, &id});
}

std::string join_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += kListSeparator;
    out += value;
  }
  return out;
}

std::string facet_row(const Xapian::Document& doc) {
  std::string row;
  for (const FacetRun& run : kFacetRuns) {
    std::vector<std::string> values;
    for (std::size_t i = 0; i < run.slots; ++i) {
      std::string value = doc.get_value(run.first_slot + static_cast<Xapian::valueno>(i));
      if (value.empty()) break;
      values.push_back(std::move(value));
    }
    row += static_cast<char>(values.size());
    for (const std::string& value : values) {
      for (std::size_t length = value.size();; length >>= 7) {
        const auto low = static_cast<unsigned char>(length & 0x7f);
        if (length < 0x80) {
          row += static_cast<char>(low);
          break;
        }
        row += static_cast<char>(low | 0x80);
      }
      row += value;
    }
  }
  return row;
}

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  std::size_t start = 0;
  for (std::size_t at = joined.find(kListSeparator); at != std::string::npos;
       start = at + 1, at = joined.find(kListSeparator, start)) {
    out.push_back(joined.substr(start, at - start));
  }
  out.push_back(joined.substr(start));
  return out;
}

std::string id_term(std::string_view document_id) { return concat(kIdPrefix, document_id); }
std::string episode_term(std::string_view episode_id) { return concat(kEpisodePrefix, episode_id); }
std::string kind_term(std::string_view kind) { return concat(kKindPrefix, kind); }
std::string guest_term(std::string_view folded_name) { return concat(kGuestPrefix, folded_name); }
std::string topic_term(std::string_view folded_name) { return concat(kTopicPrefix, folded_name); }
std::string speaker_term(std::string_view folded_name) { return concat(kSpeakerPrefix, folded_name); }
std::string podcast_term(std::string_view folded_title) { return concat(kPodcastPrefix, folded_title); }
std::string language_term(std::string_view language_code) { return concat(kLanguagePrefix, language_code); }
std::string category_term(std::string_view folded_category) { return concat(kCategoryPrefix, folded_category); }

std::string word_term(std::string_view field, std::string_view word) { return concat(field, word); }

std::string analysis_language_term(std::string_view language_code) {
  return concat(kAnalysisLanguagePrefix, language_code);
}

std::optional<std::string> stem_term(std::string_view field, const std::string& word, std::string_view stemmer) {
  if (stemmer.empty() || word.size() < 2 || !has_letter(word)) return std::nullopt;
  return concat(kStemPrefix, field) + thread_analyzer().stem(word, stemmer);
}

std::string chapter_document_id(std::string_view episode_id, std::size_t index) {
  return std::string(episode_id) + "#chapter-" + std::to_string(index);
}

std::string segment_document_id(std::string_view episode_id, std::size_t index) {
  return std::string(episode_id) + "#segment-" + std::to_string(index);
}

}  // namespace podseek::schema
