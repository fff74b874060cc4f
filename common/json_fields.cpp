// Typed reading of JSON input with errors that name the file and JSON path.
#include "common/json_fields.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/status.hpp"

namespace podseek {
namespace {

// 1-based line and column of a byte offset (nlohmann reports the byte after the error).
std::pair<std::size_t, std::size_t> line_and_column(const std::string& text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// nlohmann's message without its "[json.exception…] parse error at line L, column C: " prefix.
std::string without_position(const std::string& message, const std::string& where) {
  std::size_t at = message.find(where + ": ");
  return at == std::string::npos ? message : message.substr(at + where.size() + 2);
}

}  // namespace

nlohmann::json parse_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    auto [line, column] = line_and_column(text, e.byte);
    const std::string where = "line " + std::to_string(line) + ", column " + std::to_string(column);
    throw InputError(path + ": " + where + ": invalid JSON: " + without_position(e.what(), where));
  }
}

void throw_at(const std::string& source, const std::string& json_path, const std::string& what) {
  throw InputError(source + ": " + json_path + ": " + what);
}

std::string describe_json(const nlohmann::json& value) {
  if (value.is_string()) return "the string " + value.dump();
  if (value.is_number() || value.is_boolean()) return value.dump();
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  return "an object";
}

void require_object(const nlohmann::json& value, const std::string& source, const std::string& path) {
  if (!value.is_object()) throw_at(source, path, "expected an object, found " + describe_json(value));
}

void require_array(const nlohmann::json& value, const std::string& source, const std::string& path) {
  if (!value.is_array()) throw_at(source, path, "expected an array, found " + describe_json(value));
}

std::string read_string(const nlohmann::json& value, const std::string& source, const std::string& path) {
  if (!value.is_string()) throw_at(source, path, "expected a string, found " + describe_json(value));
  return value.get<std::string>();
}

int read_int(const nlohmann::json& value, const std::string& source, const std::string& path) {
  // An unsigned JSON number is read as unsigned: as a long long, 18446744073709551615 would be -1.
  const bool fits = value.is_number_unsigned() ? value.get<unsigned long long>() <= 2147483647ULL
                    : value.is_number_integer() && value.get<long long>() <= 2147483647LL &&
                          value.get<long long>() >= -2147483647LL;
  if (!fits) {
    throw_at(source, path, "expected an integer, found " + describe_json(value));
  }
  return value.get<int>();
}

std::vector<std::string> read_string_list(const nlohmann::json& value, const std::string& source,
                                          const std::string& path) {
  require_array(value, source, path);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    out.push_back(read_string(value[i], source, path + "[" + std::to_string(i) + "]"));
  }
  return out;
}

void reject_unknown_keys(const nlohmann::json& object, const std::vector<std::string>& known,
                         const std::string& source, const std::string& path) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      throw_at(source, path + "." + key, "unknown field");
    }
  }
}

}  // namespace podseek
