// Tables and plot (see report.hpp).
#include "bench/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace podseek::bench {
namespace {

std::string fixed(double value, int digits) {
  char out[64];
  std::snprintf(out, sizeof out, "%.*f", digits, value);
  return out;
}

// Two significant decimals below 10, fewer above: 0.42, 3.1, 27, 1200.
std::string num(double value) {
  if (value == 0) return "0";
  double a = value < 0 ? -value : value;
  if (a < 1) return fixed(value, 3);
  if (a < 10) return fixed(value, 2);
  if (a < 100) return fixed(value, 1);
  return fixed(value, 0);
}

std::string mib(double kb) { return fixed(kb / 1024.0, 1); }
std::string mib_bytes(double bytes) { return fixed(bytes / (1024.0 * 1024.0), 1); }
std::string ratio(double a, double b) { return b > 0 ? fixed(a / b, 2) + "×" : "–"; }

const ClassFigures* find_class(const SizeResult& s, QueryClass kind) {
  for (const auto& c : s.classes) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

void machine(std::ostringstream& out, const BenchResults& r) {
  out << "Machine: " << r.machine.cpus << " CPUs (" << r.machine.cpu_model << "), " << mib(r.machine.memory_kb)
      << " MiB RAM, " << r.machine.kernel << "; load average at start " << r.machine.load_average << ".\n"
      << "Run " << r.started_utc << ", seed " << r.seed << ", " << r.queries_per_class
      << " queries per class (browse: up to 50), SQLite " << r.sqlite_version
      << (r.sphinx_version.empty() ? "" : ", " + r.sphinx_version) << (r.quick ? ", QUICK smoke run" : "")
      << ".\n\n";
}

void indexing(std::ostringstream& out, const SizeResult& s) {
  out << "Indexing (" << s.episodes << " episodes, " << s.podcasts << " podcasts, " << s.chapters << " chapters, "
      << mib_bytes(static_cast<double>(s.raw_text_bytes)) << " MiB of text):\n\n"
      << "| engine | seconds | CPU seconds | episodes/s | peak RSS MiB | RSS growth MiB | index MiB | index / text |\n"
      << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
  auto row = [&](const char* name, const IndexFigures& f) {
    out << "| " << name << " | " << num(f.seconds) << " | " << (f.cpu_seconds > 0 ? num(f.cpu_seconds) : "–") << " | "
        << num(f.episodes_per_second) << " | "
        << mib(static_cast<double>(f.peak_rss_kb)) << " | " << mib(static_cast<double>(f.growth_kb())) << " | "
        << mib_bytes(static_cast<double>(f.disk_bytes)) << " | "
        << fixed(static_cast<double>(f.disk_bytes) / static_cast<double>(std::max<std::size_t>(s.raw_text_bytes, 1)), 2)
        << "× |\n";
  };
  auto ratios = [&](const char* name, const IndexFigures& base) {
    const IndexFigures& p = s.podseek_index;
    out << "| podseek / " << name << " | " << ratio(p.seconds, base.seconds) << " | "
        << (p.cpu_seconds > 0 ? ratio(p.cpu_seconds, base.cpu_seconds) : "") << " | | | "
        << ratio(static_cast<double>(p.growth_kb()), static_cast<double>(base.growth_kb())) << " | "
        << ratio(static_cast<double>(p.disk_bytes), static_cast<double>(base.disk_bytes)) << " | |\n";
  };
  row("podseek", s.podseek_index);
  row("SQLite FTS5", s.sqlite_index);
  if (s.sphinx_ran) row("Sphinx", s.sphinx_index);
  ratios("SQLite", s.sqlite_index);
  if (s.sphinx_ran) ratios("Sphinx", s.sphinx_index);
  out << "\n";
  if (!s.sphinx_ran) out << "Sphinx: " << s.sphinx_note << ".\n\n";
}

void sphinx_queries(std::ostringstream& out, const SizeResult& s) {
  if (!s.sphinx_ran) return;
  out << "Queries in process against Sphinx (searchd over SphinxQL, same instances, same run), milliseconds:\n\n"
      << "| class | podseek p50 | p99 | Sphinx p50 | p99 | podseek / Sphinx p50 | p99 | matches podseek / Sphinx |\n"
      << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& c : s.classes) {
    out << "| " << query_class_name(c.kind) << " | " << num(c.podseek.p50_ms) << " | " << num(c.podseek.p99_ms) << " | "
        << num(c.sphinx.p50_ms) << " | " << num(c.sphinx.p99_ms) << " | " << ratio(c.podseek.p50_ms, c.sphinx.p50_ms)
        << " | " << ratio(c.podseek.p99_ms, c.sphinx.p99_ms) << " | " << num(c.podseek.mean_total) << " / "
        << num(c.sphinx.mean_total) << " |\n";
  }
  out << "\n";
}

void queries(std::ostringstream& out, const SizeResult& s) {
  out << "Queries in process, milliseconds (" << s.episodes << " episodes):\n\n"
      << "| class | example | podseek p50 | p95 | p99 | SQLite p50 | p95 | p99 | ratio p50 | ratio p95 | ratio p99 "
         "| matches podseek / SQLite |\n"
      << "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& c : s.classes) {
    out << "| " << query_class_name(c.kind) << " | `" << c.example << "` | " << num(c.podseek.p50_ms) << " | "
        << num(c.podseek.p95_ms) << " | " << num(c.podseek.p99_ms) << " | " << num(c.sqlite.p50_ms) << " | "
        << num(c.sqlite.p95_ms) << " | " << num(c.sqlite.p99_ms) << " | " << ratio(c.podseek.p50_ms, c.sqlite.p50_ms)
        << " | " << ratio(c.podseek.p95_ms, c.sqlite.p95_ms) << " | " << ratio(c.podseek.p99_ms, c.sqlite.p99_ms)
        << " | " << num(c.podseek.mean_total) << " / " << num(c.sqlite.mean_total) << " |\n";
  }
  out << "\n";
}

// podseek-server's levels beside searchd's and beside its own with idle connections, by connections.
void http_beside(std::ostringstream& out, const SizeResult& s) {
  if (!s.sphinx_load.ran && !s.http_idle.ran) return;
  out << "The same mix, same connection counts: podseek-server (HTTP, wrk), searchd (SphinxQL, one thread per "
         "connection), and podseek-server with " << "idle and slow connections open beside the load:\n\n"
      << "| connections | podseek req/s | p99 ms | searchd req/s | p99 ms | podseek / searchd req/s "
         "| with idle: req/s | p99 ms | errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (std::size_t i = 0; i < s.http.levels.size(); ++i) {
    const HttpLevel& p = s.http.levels[i];
    const HttpLevel* x = i < s.sphinx_load.levels.size() ? &s.sphinx_load.levels[i] : nullptr;
    const HttpLevel* idle = i < s.http_idle.levels.size() ? &s.http_idle.levels[i] : nullptr;
    out << "| " << p.connections << " | " << num(p.requests_per_second) << " | " << num(p.p99_ms) << " | "
        << (x ? num(x->requests_per_second) : "–") << " | " << (x ? num(x->p99_ms) : "–") << " | "
        << (x ? ratio(p.requests_per_second, x->requests_per_second) : "–") << " | "
        << (idle ? num(idle->requests_per_second) : "–") << " | " << (idle ? num(idle->p99_ms) : "–") << " | "
        << p.errors << (x ? " / " + std::to_string(x->errors) : "") << (idle ? " / " + std::to_string(idle->errors) : "")
        << " |\n";
  }
  if (!s.sphinx_load.note.empty()) out << "\nsearchd load: " << s.sphinx_load.note << "\n";
  if (!s.http_idle.note.empty()) out << "\nWith idle connections: " << s.http_idle.note << "\n";
  out << "\n";
}

void http(std::ostringstream& out, const SizeResult& s) {
  if (!s.http.ran) {
    out << "HTTP: not run (" << s.http.note << ").\n\n";
    return;
  }
  out << "podseek-server over HTTP (" << s.episodes << " episodes, " << s.http.server_threads << " worker threads, "
      << s.http.seconds_per_level << " s per level, server peak RSS " << mib(static_cast<double>(s.http.server_peak_rss_kb))
      << " MiB; server CPU: what the server process used per request, and in cores while loaded):\n\n"
      << "| connections | requests/s | p50 ms | p99 ms | errors | server CPU ms / request | server CPU, cores |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& l : s.http.levels) {
    const double cores = l.server_cpu_ms_per_request * l.requests_per_second / 1000.0;
    out << "| " << l.connections << " | " << num(l.requests_per_second) << " | " << num(l.p50_ms) << " | "
        << num(l.p99_ms) << " | " << l.errors << " | "
        << (l.server_cpu_ms_per_request > 0 ? num(l.server_cpu_ms_per_request) : "–") << " | "
        << (cores > 0 ? num(cores) : "–") << " |\n";
  }
  if (!s.http.note.empty()) out << "\nNote: " << s.http.note << "\n";
  out << "\n";
}

void growth(std::ostringstream& out, const BenchResults& r) {
  if (r.sizes.size() < 2) return;
  out << "Growth with corpus size:\n\n| figure |";
  for (const auto& s : r.sizes) out << " " << s.episodes << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < r.sizes.size(); ++i) out << "---:|";
  out << "\n";
  auto line = [&](const std::string& name, auto value) {
    out << "| " << name << " |";
    for (const auto& s : r.sizes) out << " " << value(s) << " |";
    out << "\n";
  };
  line("podseek index episodes/s", [](const SizeResult& s) { return num(s.podseek_index.episodes_per_second); });
  line("SQLite index episodes/s", [](const SizeResult& s) { return num(s.sqlite_index.episodes_per_second); });
  line("podseek index MiB", [](const SizeResult& s) { return mib_bytes(double(s.podseek_index.disk_bytes)); });
  line("SQLite index MiB", [](const SizeResult& s) { return mib_bytes(double(s.sqlite_index.disk_bytes)); });
  line("podseek indexing RSS growth MiB", [](const SizeResult& s) { return mib(double(s.podseek_index.growth_kb())); });
  line("SQLite indexing RSS growth MiB", [](const SizeResult& s) { return mib(double(s.sqlite_index.growth_kb())); });
  for (const auto& c : r.sizes.front().classes) {
    line(std::string("p50 ms ") + query_class_name(c.kind) + " podseek / SQLite", [&](const SizeResult& s) {
      const ClassFigures* f = find_class(s, c.kind);
      return f ? num(f->podseek.p50_ms) + " / " + num(f->sqlite.p50_ms) + " (" + ratio(f->podseek.p50_ms, f->sqlite.p50_ms) + ")"
               : std::string("–");
    });
  }
  for (std::size_t i = 0; i < r.sizes.front().http.levels.size(); ++i) {
    int c = r.sizes.front().http.levels[i].connections;
    line("HTTP requests/s at " + std::to_string(c) + " conn", [&](const SizeResult& s) {
      return i < s.http.levels.size() ? num(s.http.levels[i].requests_per_second) : std::string("–");
    });
    line("HTTP p99 ms at " + std::to_string(c) + " conn", [&](const SizeResult& s) {
      return i < s.http.levels.size() ? num(s.http.levels[i].p99_ms) : std::string("–");
    });
  }
  line("server peak RSS MiB", [](const SizeResult& s) { return mib(double(s.http.server_peak_rss_kb)); });
  out << "\n";
}

}  // namespace

std::string markdown_report(const BenchResults& r) {
  std::ostringstream out;
  machine(out, r);
  for (const auto& s : r.sizes) {
    out << "### " << s.episodes << " episodes\n\n";
    indexing(out, s);
    queries(out, s);
    sphinx_queries(out, s);
    http(out, s);
    http_beside(out, s);
  }
  growth(out, r);
  return out.str();
}

std::string plot_latency(const BenchResults& r, const std::string& svg_path, const std::string& work_dir) {
  if (r.sizes.empty()) return "no sizes to plot";
  if (std::system("command -v gnuplot >/dev/null 2>&1") != 0) return "gnuplot is not installed";
  std::filesystem::create_directories(work_dir);
  const std::string data = work_dir + "/latency.dat";
  const std::string script = work_dir + "/latency.gp";
  std::ofstream dat(data);
  // One block per class: episodes, podseek p50, SQLite p50, Sphinx p50 ("?" where it did not run).
  const auto& classes = r.sizes.front().classes;
  bool sphinx = false;
  for (const auto& c : classes) {
    dat << "# " << query_class_name(c.kind) << "\n";
    for (const auto& s : r.sizes) {
      const ClassFigures* f = find_class(s, c.kind);
      if (!f) continue;
      dat << s.episodes << " " << f->podseek.p50_ms << " " << f->sqlite.p50_ms << " ";
      if (f->sphinx.count > 0) {
        dat << f->sphinx.p50_ms << "\n";
        sphinx = true;
      } else {
        dat << "?\n";
      }
    }
    dat << "\n\n";
  }
  const int panels = sphinx ? 3 : 2;
  dat.close();
  std::ofstream gp(script);
  // One y range for both panels, in whole decades, so they can be compared by eye.
  double low = 1e9, high = 0;
  for (const auto& s : r.sizes) {
    for (const auto& c : s.classes) {
      for (double v : {c.podseek.p50_ms, c.sqlite.p50_ms, c.sphinx.p50_ms}) {
        if (v > 0) low = std::min(low, v), high = std::max(high, v);
      }
    }
  }
  low = high > 0 ? std::pow(10.0, std::floor(std::log10(low))) : 0.01;
  high = high > 0 ? std::pow(10.0, std::ceil(std::log10(high))) : 1000;
  gp << "set terminal svg size " << (panels == 3 ? 1500 : 1100) << ",480 dynamic noenhanced font 'sans,11'\n"
     << "set output '" << svg_path << "'\n"
     << "set multiplot layout 1," << panels << " title 'Query latency (p50) against corpus size — " << r.machine.cpus
     << " CPUs, shared machine'\n"
     << "set logscale xy\nset grid\nset key top left font ',9'\n"
     << "set xlabel 'episodes'\nset ylabel 'milliseconds'\nset yrange [" << low << ":" << high << "]\n";
  const char* titles[] = {"podseek (Xapian)", "SQLite FTS5", "Sphinx 2.2 (searchd)"};
  for (int engine = 0; engine < panels; ++engine) {
    gp << "set title '" << titles[engine] << "'\nplot ";
    for (std::size_t i = 0; i < classes.size(); ++i) {
      gp << (i ? ", " : "") << "'" << data << "' index " << i << " using 1:" << (engine + 2)
         << " with linespoints lw 2 pt 7 ps 0.6 title '" << query_class_name(classes[i].kind) << "'";
    }
    gp << "\n";
  }
  gp << "unset multiplot\n";
  gp.close();
  std::string command = "gnuplot '" + script + "' 2>&1";
  if (std::system(command.c_str()) != 0) return "gnuplot failed";
  return "";
}

}  // namespace podseek::bench
