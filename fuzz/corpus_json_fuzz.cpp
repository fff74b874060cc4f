// Fuzz target: corpus JSON (common/corpus_json) after nlohmann's parse; InputError is the only
// allowed failure, and what is read must save and read back the same.
#include "common/corpus_json.hpp"
#include "common/status.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nlohmann::json json = nlohmann::json::parse(podseek::fuzz::as_text(data, size), nullptr, false);
  if (json.is_discarded()) return 0;
  try {
    podseek::Podcast podcast = podseek::podcast_from_json(json, "fuzz.json");
    podseek::podcast_from_json(podseek::podcast_to_json(podcast), "fuzz-again.json");
  } catch (const podseek::InputError&) {
  }
  return 0;
}
