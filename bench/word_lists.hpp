// Fixed word lists for the synthetic corpus: everyday show-note words (in rough frequency
// order), netstack.fm jargon as it is written, and the parts of people's and podcasts' names.
// Thread safety: constants.
#pragma once

#include <string_view>
#include <vector>

namespace podseek::bench {

const std::vector<std::string_view>& everyday_words();
const std::vector<std::string_view>& jargon_words();
const std::vector<std::string_view>& first_names();
const std::vector<std::string_view>& last_names();
const std::vector<std::string_view>& show_suffixes();

}  // namespace podseek::bench
