// Xapian stub database files, read by podseek itself so that every remote shard is opened with
// explicit timeouts (Xapian::Remote::open) instead of the stub's built-in defaults. A stub is a
// text file, one database a line, as Xapian writes them:
//   auto PATH | glass PATH | chert PATH   a local database (PATH relative to the stub's folder)
//   remote HOST:PORT                       a database served by xapian-tcpsrv
// Blank lines and lines starting with '#' are skipped. A folder holding a file XAPIANDB is the
// stub in that file (the layout `podseek-indexer --shards N` writes).
// Thread safety: pure functions of their input (reading the file named).
#pragma once

#include <string>
#include <vector>

namespace podseek {

struct StubEntry {
  bool remote = false;
  std::string path;   // local: resolved against the stub's folder
  std::string host;   // remote
  unsigned port = 0;  // remote
  std::string name;   // how messages name it: the PATH as written, or HOST:PORT
};

// Whether path is a stub: a regular file, or a folder that holds XAPIANDB.
bool is_stub(const std::string& path);

// The entries of a stub's text. Throws InputError naming origin and line for an unknown type,
// a missing path, a port that is not 1..65535, a `remote :PROGRAM` line (not supported) or a
// stub with no entry.
std::vector<StubEntry> parse_stub(const std::string& text, const std::string& origin, const std::string& folder);

// parse_stub of the stub file at path (or path/XAPIANDB). Throws InputError when unreadable.
std::vector<StubEntry> read_stub(const std::string& path);

}  // namespace podseek
