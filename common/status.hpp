// Typed errors for podseek's core: an Error carries a domain code and a human message,
// and Expected<T> is either a value or an Error. No HTTP status or wire name lives here
// (search-server/http/error_reply.hpp maps them).
// Thread safety: plain values; safe to copy between threads.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace podseek {

enum class ErrorCode {
  kInvalidArgument,  // the caller sent something unusable (bad parameter, bad input file)
  kNotFound,         // the thing asked for does not exist
  kUnavailable,      // the index cannot be read right now
  kInternal,         // a bug or an unexpected failure of a dependency
};

struct Error {
  ErrorCode code;
  std::string message;
};

// Thrown by loaders of user-supplied input (corpus files, pages, feeds, data files).
// The message names the file and the place in it (line or JSON path) and what was wrong.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Either a value or an Error. REQUIRES: value() only when ok(), error() only when !ok().
template <class T>
class Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}
  Expected(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace podseek
