// Reading Xapian stub files (see stub_file.hpp).
#include "common/stub_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/ascii_text.hpp"
#include "common/status.hpp"

namespace podseek {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFolderStub = "XAPIANDB";
constexpr std::size_t kMaxStubBytes = 1 << 20;  // a stub lists databases, not data

std::string stub_file_of(const std::string& path) {
  return fs::is_directory(path) ? (fs::path(path) / kFolderStub).string() : path;
}

StubEntry remote_entry(const std::string& where, std::string_view address) {
  if (!address.empty() && address.front() == ':') {
    throw InputError(where + ": \"remote :PROGRAM\" stubs are not supported; serve the shard with xapian-tcpsrv");
  }
  std::size_t colon = address.rfind(':');
  std::string_view port_text = colon == std::string_view::npos ? "" : address.substr(colon + 1);
  if (colon == 0 || port_text.empty() || port_text.size() > 5 ||
      port_text.find_first_not_of("0123456789") != std::string_view::npos) {
    throw InputError(where + ": a remote database is \"remote HOST:PORT\", not \"remote " + std::string(address) + "\"");
  }
  unsigned long port = std::stoul(std::string(port_text));
  if (port < 1 || port > 65535) throw InputError(where + ": port " + std::string(port_text) + " is not 1..65535");
  StubEntry entry;
  entry.remote = true;
  entry.host = std::string(address.substr(0, colon));
  entry.port = static_cast<unsigned>(port);
  entry.name = std::string(address);
  return entry;
}

StubEntry stub_line(const std::string& where, std::string_view line, const std::string& folder) {
  std::size_t space = line.find_first_of(" \t");
  std::string type(line.substr(0, space));
  std::string rest = space == std::string_view::npos ? "" : ascii::trim(line.substr(space));
  if (rest.empty()) throw InputError(where + ": \"" + type + "\" needs a path or address after it");
  if (type == "remote") return remote_entry(where, rest);
  if (type != "auto" && type != "glass" && type != "chert") {
    throw InputError(where + ": unknown database type \"" + type + "\" (auto, glass, chert or remote)");
  }
  StubEntry entry;
  entry.path = fs::path(rest).is_absolute() ? rest : (fs::path(folder) / rest).string();
  entry.name = rest;
  return entry;
}

}  // namespace

bool is_stub(const std::string& path) {
  std::error_code ignored;
  if (fs::is_regular_file(path, ignored)) return true;
  return fs::is_directory(path, ignored) && fs::is_regular_file(fs::path(path) / kFolderStub, ignored);
}

std::vector<StubEntry> parse_stub(const std::string& text, const std::string& origin, const std::string& folder) {
  std::vector<StubEntry> entries;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    std::string_view content = ascii::trim_view(line);
    if (content.empty() || content.front() == '#') continue;
    entries.push_back(stub_line(origin + " line " + std::to_string(number), content, folder));
  }
  if (entries.empty()) throw InputError(origin + ": the stub lists no database");
  return entries;
}

std::vector<StubEntry> read_stub(const std::string& path) {
  const std::string file = stub_file_of(path);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file + ": cannot read the stub file");
  std::string text(kMaxStubBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxStubBytes) throw InputError(file + ": over " + std::to_string(kMaxStubBytes) + " bytes; not a stub");
  return parse_stub(text, file, fs::path(file).parent_path().string());
}

}  // namespace podseek
