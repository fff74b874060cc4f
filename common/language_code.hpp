// The one normalisation of a language tag, for facets, filters and analysis alike: the primary
// subtag of a BCP 47 / RSS <language> tag, lower-cased ("en-US" -> "en", "de_DE" -> "de").
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace podseek {

// The language an episode is taken to speak when its podcast names none.
inline constexpr std::string_view kDefaultLanguageCode = "en";

// The primary subtag of `tag` (before the first '-' or '_'), trimmed and lower-cased (A-Z), when it
// is 2 to 3 ASCII letters and the subtags after it are letters, digits, '-' and '_'; "" otherwise
// (an empty or unreadable tag, "English", "x-klingon", "de-DE!").
std::string normalize_language_code(std::string_view tag);

}  // namespace podseek
