// Typed reading of JSON input for podseek's loaders (corpus files, overlays): every failure
// becomes an InputError naming the source, the JSON path and what is wrong.
// Thread safety: free functions without shared state.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace podseek {

// Reads and parses a JSON file. Throws InputError "<path>: line L, column C: ..." on a syntax
// error and "<path>: cannot read file" when it cannot be opened.
nlohmann::json parse_json_file(const std::string& path);

// Throws InputError "<source>: <json_path>: <what>".
[[noreturn]] void throw_at(const std::string& source, const std::string& json_path,
                           const std::string& what);

// A short description of a value for messages: "a string", "the number 12", "null", ...
std::string describe_json(const nlohmann::json& value);

// Checks of one value at json_path; each throws InputError when the value has another type.
void require_object(const nlohmann::json& value, const std::string& source, const std::string& path);
void require_array(const nlohmann::json& value, const std::string& source, const std::string& path);
std::string read_string(const nlohmann::json& value, const std::string& source, const std::string& path);
int read_int(const nlohmann::json& value, const std::string& source, const std::string& path);
std::vector<std::string> read_string_list(const nlohmann::json& value, const std::string& source,
                                          const std::string& path);

// Throws when the object has a key outside `known` (catches typos in hand-kept files).
void reject_unknown_keys(const nlohmann::json& object, const std::vector<std::string>& known,
                         const std::string& source, const std::string& path);

}  // namespace podseek
