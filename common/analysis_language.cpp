// Language tags, stemmer names and stopword lists (see analysis_language.hpp).
#include "common/analysis_language.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "common/ascii_text.hpp"
#include "common/stopword_lists.hpp"

namespace podseek {
namespace {

// ISO 639-1 (and the two Norwegian written forms) -> the Snowball stemmers Xapian 1.4 ships
// (Xapian::Stem::get_available_languages(); a test checks each name is there).
constexpr std::array<std::pair<std::string_view, std::string_view>, 26> kStemmers = {{
    {"ar", "arabic"},   {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},
    {"en", "english"},    {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},  {"fr", "french"},     {"ga", "irish"},      {"hu", "hungarian"},
    {"hy", "armenian"}, {"id", "indonesian"}, {"it", "italian"},    {"lt", "lithuanian"},
    {"nb", "norwegian"},{"ne", "nepali"},     {"nl", "dutch"},      {"nn", "norwegian"},
    {"no", "norwegian"},{"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},
    {"sv", "swedish"},  {"ta", "tamil"},      {"tr", "turkish"}
}};

// Languages podseek knows but indexes unstemmed: Xapian has no stemmer for them. CJK and Thai
// are still split into words by ICU's dictionaries.
constexpr std::array<std::string_view, 44> kUnstemmed = {
    "af", "az", "be", "bg", "bn", "bs", "cs", "cy", "el", "et", "fa", "fil", "gl", "he", "hi",
    "hr", "is", "ja", "ka", "kk", "km", "ko", "lb", "lo", "lv", "mk", "mn", "ms", "mt", "my",
    "pl", "sk", "sl", "sq", "sr", "sw", "th", "tl", "uk", "ur", "uz", "vi", "yue", "zh"};

}  // namespace

std::string analysis_language(std::string_view tag) {
  std::string code = normalize_language_code(tag);
  return code.empty() ? std::string(kDefaultLanguage) : code;
}

std::string stemmer_name(std::string_view code) {
  for (const auto& [iso, name] : kStemmers) {
    if (!iso.empty() && iso == code) return std::string(name);
  }
  return "";
}

bool is_known_language(std::string_view code) {
  if (!stemmer_name(code).empty()) return true;
  return std::find(kUnstemmed.begin(), kUnstemmed.end(), code) != kUnstemmed.end();
}

std::vector<std::string> stemmed_languages() {
  std::vector<std::string> out;
  for (const auto& [iso, name] : kStemmers) {
    if (!iso.empty() && !name.empty()) out.emplace_back(iso);
  }
  std::sort(out.begin(), out.end());
  return out;
}

const Xapian::SimpleStopper& stopper_for(std::string_view code) {
  static const auto* const kStoppers = [] {
    auto* stoppers = new std::map<std::string, Xapian::SimpleStopper, std::less<>>();
    for (const StopwordList& list : stopword_lists()) {
      Xapian::SimpleStopper& stopper = (*stoppers)[std::string(list.language)];
      for (std::string_view word : list.words) stopper.add(std::string(word));
    }
    return stoppers;
  }();
  static const Xapian::SimpleStopper kNone;
  auto found = kStoppers->find(code);
  return found == kStoppers->end() ? kNone : found->second;
}

}  // namespace podseek
