// Fuzz target: the parameters of the API (search-server/http/request_params, then the core's
// bounds in request_limits), without a
// socket: the input is read as "name=value" lines (a value may hold any byte but a newline), put
// into an httplib::Request as cpp-httplib would after decoding the URL. Errors are results here.
#include "fuzz/fuzz_input.hpp"
#include "search-server/core/request_limits.hpp"
#include "search-server/http/request_params.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = podseek::fuzz::as_text(data, size);
  httplib::Request request;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    std::size_t equals = line.find('=');
    if (equals != std::string::npos) request.params.emplace(line.substr(0, equals), line.substr(equals + 1));
    start = end + 1;
  }
  auto search = podseek::search_request_from(request);
  if (search.ok()) {
    (void)podseek::check_query("q", search.value().query);
    (void)podseek::check_paging(search.value().page, search.value().per_page);
    (void)podseek::check_facet_limit(search.value().facet_limit);
  }
  auto suggest = podseek::suggest_params_from(request);
  if (suggest.ok()) (void)podseek::check_suggest_limit(suggest.value().limit);
  (void)podseek::paging_params_from(request);
  return 0;
}
