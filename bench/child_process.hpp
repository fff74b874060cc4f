// Runs a piece of work in a forked child so that its peak memory can be measured on its own
// (wait4's ru_maxrss), and reads memory figures from /proc.
// Thread safety: fork only from a single-threaded process (the bench forks before it starts
// any thread or server).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace podseek::bench {

struct ChildResult {
  bool ok = false;
  std::string output;     // what the work returned, or the error message when !ok
  long max_rss_kb = 0;    // the child's peak resident set (wait4's ru_maxrss)
};

// Runs work() in a child process and returns its result string. An exception in the child
// becomes ok = false with its message.
ChildResult run_in_child(const std::function<std::string()>& work);

// Runs a program (argv[0] a path) to its end, stdin and stdout on /dev/null, stderr inherited.
// Throws std::runtime_error naming the program when it cannot start or does not exit 0.
void run_program(const std::vector<std::string>& argv);

// A field of /proc/PID/status in kB ("VmRSS", "VmHWM"), or -1. pid 0 means this process.
long proc_status_kb(int pid, const std::string& field);

// Bytes of all regular files under path (or the file itself).
unsigned long long disk_bytes(const std::string& path);

}  // namespace podseek::bench
