// Structured logs of podseek-server: one JSON object a line on stderr ("time", "level", "event",
// then the event's own fields), which journald stores line by line and `jq` reads. Access log
// lines are event "access"; errors are level "error" with a "message".
// Thread safety: write() may be called from any thread; lines never interleave.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace podseek::server_log {

// Writes {"time": UTC ISO 8601 with milliseconds, "level", "event", ...fields} and a newline.
// Text that is not UTF-8 is written with U+FFFD in its place. REQUIRES: fields is an object.
void write(std::string_view level, std::string_view event, nlohmann::json fields = nlohmann::json::object());

inline void info(std::string_view event, nlohmann::json fields = nlohmann::json::object()) {
  write("info", event, std::move(fields));
}
inline void error(std::string_view event, std::string_view message,
                  nlohmann::json fields = nlohmann::json::object()) {
  fields["message"] = message;
  write("error", event, std::move(fields));
}

// what() of a caught exception, or "unknown exception" for one that is not a std::exception.
std::string describe_exception(std::exception_ptr error);

}  // namespace podseek::server_log
