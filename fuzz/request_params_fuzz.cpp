// Fuzz target: the parameters of /api/search (search-server/http/request_params), without a
// socket: the input is read as "name=value" lines (a value may hold any byte but a newline), put
// into an httplib::Request as cpp-httplib would after decoding the URL. Errors are results here.
#include "fuzz/fuzz_input.hpp"
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
  (void)podseek::search_request_from(request);
  (void)podseek::int_param(request, "limit", 8, 1, 20);
  return 0;
}
