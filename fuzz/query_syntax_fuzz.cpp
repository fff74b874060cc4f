// Fuzz target: the /api/search query language (search-server/core/query_syntax). It never throws.
#include "fuzz/fuzz_input.hpp"
#include "search-server/core/query_syntax.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string query = podseek::fuzz::as_text(data, size);
  podseek::ParsedQuery parsed = podseek::parse_query_syntax(query);
  (void)podseek::describe(parsed.root);
  return 0;
}
