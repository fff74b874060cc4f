// Splitting run-together chapter lists ("00:00 Intro00:38 Next…") into chapters. A title may end
// in digits ("Netstack301:00:36"): the reading whose start keeps the order wins, longest first.
#include <optional>
#include <string>
#include <vector>

#include "indexer/page/episode_page_importer.hpp"
#include "indexer/page/page_text.hpp"

namespace podseek {
namespace {

using namespace page_text;

struct Stamp {
  int seconds;
  std::size_t length;
};

// The written forms of a chapter start: colon positions of "HH:MM:SS", "H:MM:SS", "MM:SS", "M:SS".
struct Form {
  std::size_t length, colon1, colon2;
};
constexpr Form kForms[] = {{8, 2, 5}, {7, 1, 4}, {5, 2, 0}, {4, 1, 0}};

bool matches(const std::string& text, std::size_t at, const Form& form) {
  if (at + form.length > text.size()) return false;
  for (std::size_t i = 0; i < form.length; ++i) {
    bool colon = i == form.colon1 || (form.colon2 != 0 && i == form.colon2);
    if (colon ? text[at + i] != ':' : !is_digit(text[at + i])) return false;
  }
  std::size_t after = at + form.length;
  return after == text.size() || (!is_digit(text[after]) && text[after] != ':');
}

// Every timestamp reading at `at`, longest first.
std::vector<Stamp> readings_at(const std::string& text, std::size_t at) {
  std::vector<Stamp> out;
  for (const Form& form : kForms) {
    if (!matches(text, at, form)) continue;
    if (auto seconds = parse_timestamp(text.substr(at, form.length))) out.push_back({*seconds, form.length});
  }
  return out;
}

// The first reading at or after `from` whose start is after `previous`.
std::optional<std::pair<std::size_t, Stamp>> next_stamp(const std::string& text, std::size_t from,
                                                        int previous) {
  for (std::size_t at = from; at < text.size(); ++at) {
    for (const Stamp& stamp : readings_at(text, at)) {
      if (stamp.seconds > previous) return std::pair{at, stamp};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Chapter> split_chapters(const std::string& text) {
  std::vector<Chapter> chapters;
  auto current = next_stamp(text, 0, -1);
  while (current) {
    const std::size_t title_start = current->first + current->second.length;
    auto next = next_stamp(text, title_start + 1, current->second.seconds);
    const std::size_t title_end = next ? next->first : text.size();
    chapters.push_back({trim(text.substr(title_start, title_end - title_start)), current->second.seconds});
    current = next;
  }
  return chapters;
}

}  // namespace podseek
