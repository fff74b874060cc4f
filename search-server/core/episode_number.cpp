// Episodes named by number (see episode_number.hpp).
#include "search-server/core/episode_number.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "common/index_schema.hpp"
#include "common/text_analyzer.hpp"

namespace podseek {
namespace {

// Folded words that, in front of a number, name an episode (English, German, French, Spanish,
// Italian, Portuguese, Dutch, Swedish, Danish and Norwegian, Finnish, Polish, Czech, Slovak,
// Turkish).
constexpr std::array<std::string_view, 16> kEpisodeWords = {
    "episode", "episodes", "ep", "eps", "epi", "folge", "episodio", "aflevering", "afl",
    "avsnitt", "afsnit", "jakso", "odcinek", "dil", "epizoda", "bolum"};

// Higher than any BM25 weight of a query within the query length limit.
constexpr double kNamedEpisodeWeight = 1000.0;

bool is_episode_word(std::string_view folded) {
  return std::find(kEpisodeWords.begin(), kEpisodeWords.end(), folded) != kEpisodeWords.end();
}

// "7" -> 7; nullopt for anything but 1 to 5 digits.
std::optional<int> small_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 5) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > kMaxNamedEpisodeNumber) return std::nullopt;
  return value;
}

// "ep7", "episode12" -> 7, 12.
std::optional<int> joined_number(std::string_view folded) {
  for (std::string_view word : {std::string_view("episode"), std::string_view("ep")}) {
    if (folded.size() > word.size() && folded.substr(0, word.size()) == word) {
      return small_number(folded.substr(word.size()));
    }
  }
  return std::nullopt;
}

struct TypedWord {
  std::string_view raw;  // as typed: "#7", "ep."
  std::string folded;    // the first word in it, folded: "7", "ep"
};

// The plain words the query starts with (at most the first three).
std::vector<TypedWord> leading_words(const QueryNode& root) {
  std::vector<TypedWord> out;
  for (const auto& child : root.children) {
    if (!child.is_plain_word() || out.size() == 3) break;
    std::vector<AnalyzedWord> words = thread_analyzer().analyze(child.text);
    out.push_back({child.text, words.empty() ? std::string() : words.front().joined});
  }
  return out;
}

}  // namespace

std::optional<NamedEpisode> named_episode(const QueryNode& root) {
  std::vector<TypedWord> words = leading_words(root);
  if (words.empty()) return std::nullopt;
  const TypedWord& first = words.front();
  std::optional<int> number;
  std::size_t used = 1;
  if (first.raw.size() > 1 && first.raw.front() == '#') {
    number = small_number(first.folded);
  } else if (auto joined = joined_number(first.folded)) {
    number = joined;
  } else if (words.size() >= 2 && is_episode_word(first.folded)) {
    number = small_number(words[1].folded);
    used = 2;
  }
  if (!number) return std::nullopt;
  return NamedEpisode{*number, used};
}

Xapian::Query named_episode_query(int number) {
  const std::string value = Xapian::sortable_serialise(number);
  Xapian::Query weight((new Xapian::FixedWeightPostingSource(kNamedEpisodeWeight))->release());
  return Xapian::Query(Xapian::Query::OP_FILTER, weight,
                       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kNumberSlot, value, value));
}

}  // namespace podseek
