// Sphinx indexes of the synthetic corpus (see sphinx_index.hpp).
#include "bench/sphinx_index.hpp"

#include <libxml/xmlwriter.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "common/stored_episode.hpp"
#include "indexer/index/episode_documents.hpp"

namespace podseek::bench {
namespace {

namespace fs = std::filesystem;

const xmlChar* X(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

// An xmlpipe2 document stream written by libxml2 (which does all escaping) into a file.
class DocsetWriter {
 public:
  explicit DocsetWriter(const std::string& path) : path_(path), writer_(xmlNewTextWriterFilename(path.c_str(), 0)) {
    if (writer_ == nullptr) throw std::runtime_error("sphinx: cannot write " + path);
    xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr);
    xmlTextWriterStartElement(writer_, X("sphinx:docset"));
  }
  ~DocsetWriter() {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
  }
  DocsetWriter(const DocsetWriter&) = delete;
  DocsetWriter& operator=(const DocsetWriter&) = delete;

  // fields: full-text; attrs: name → type ("multi", "string", "int", "timestamp").
  void schema(const std::vector<std::string>& fields, const std::vector<std::pair<std::string, std::string>>& attrs) {
    xmlTextWriterStartElement(writer_, X("sphinx:schema"));
    for (const auto& f : fields) {
      xmlTextWriterStartElement(writer_, X("sphinx:field"));
      xmlTextWriterWriteAttribute(writer_, X("name"), X(f));
      xmlTextWriterEndElement(writer_);
    }
    for (const auto& [name, type] : attrs) {
      xmlTextWriterStartElement(writer_, X("sphinx:attr"));
      xmlTextWriterWriteAttribute(writer_, X("name"), X(name));
      xmlTextWriterWriteAttribute(writer_, X("type"), X(type));
      if (type == "int") xmlTextWriterWriteAttribute(writer_, X("bits"), X("32"));
      xmlTextWriterEndElement(writer_);
    }
    xmlTextWriterEndElement(writer_);
  }
  void start_document(unsigned long long id) {
    xmlTextWriterStartElement(writer_, X("sphinx:document"));
    xmlTextWriterWriteAttribute(writer_, X("id"), X(std::to_string(id)));
  }
  void element(const std::string& name, const std::string& text) {
    if (xmlTextWriterWriteElement(writer_, X(name), X(text)) < 0) throw std::runtime_error("sphinx: writing " + path_);
  }
  void end_document() { xmlTextWriterEndElement(writer_); }
  void finish() {
    xmlTextWriterEndElement(writer_);
    if (xmlTextWriterEndDocument(writer_) < 0) throw std::runtime_error("sphinx: writing " + path_);
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
  }

 private:
  std::string path_;
  xmlTextWriterPtr writer_;
};

std::string joined(const std::vector<std::string>& values, const char* separator) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

std::string id_list(const std::vector<unsigned>& ids) {
  std::string out;
  for (unsigned id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

// Writes episodes.xml and chapters.xml. Episode ids 1…N in corpus order; chapter ids 1…M.
void write_sources(const SyntheticCorpus& corpus, const std::string& source_dir, const TopicTagger& tagger) {
  SphinxIds ids(corpus);
  std::map<std::string, unsigned> topic_ids;
  DocsetWriter episodes(source_dir + "/episodes.xml");
  DocsetWriter chapters(source_dir + "/chapters.xml");
  episodes.schema({"title", "guests", "chapters", "description", "notes"},
                  {{"podcast_id", "int"}, {"guest_ids", "multi"}, {"topic_ids", "multi"}, {"number", "int"},
                   {"published", "string"}, {"data", "string"}});
  chapters.schema({"title"}, {{"episode", "int"}});
  unsigned long long episode_id_number = 0, chapter_id = 0;
  for (std::size_t p = 0; p < corpus.podcasts.size(); ++p) {
    const Podcast& podcast = corpus.podcasts[p];
    for (const Episode& e : podcast.episodes) {
      ++episode_id_number;
      std::vector<std::string> topics = episode_topics(e, tagger);
      std::vector<unsigned> guest_list, topic_list;
      for (const auto& g : e.guests) guest_list.push_back(ids.guest_id(g));
      for (const auto& t : topics) topic_list.push_back(topic_ids.emplace(t, topic_ids.size() + 1).first->second);
      std::vector<std::string> titles, notes;
      for (const auto& c : e.chapters) {
        titles.push_back(c.title);
        chapters.start_document(++chapter_id);
        chapters.element("title", c.title);
        chapters.element("episode", std::to_string(episode_id_number));
        chapters.end_document();
      }
      for (const auto& l : e.links) notes.push_back(l.label + " " + l.url);
      episodes.start_document(episode_id_number);
      episodes.element("title", e.title);
      episodes.element("guests", joined(e.guests, ", "));
      episodes.element("chapters", joined(titles, "\n"));
      episodes.element("description", e.description);
      episodes.element("notes", joined(notes, "\n"));
      episodes.element("podcast_id", std::to_string(p + 1));
      episodes.element("guest_ids", id_list(guest_list));
      episodes.element("topic_ids", id_list(topic_list));
      episodes.element("number", std::to_string(e.number.value_or(0)));
      episodes.element("published", e.published);
      episodes.element("data", encode_stored_episode({episode_id(podcast, e), podcast.title, e, topics}));
      episodes.end_document();
    }
  }
  episodes.finish();
  chapters.finish();
}

std::string tail_of(const std::string& path, std::size_t bytes) {
  std::ifstream in(path);
  std::stringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  return text.size() > bytes ? text.substr(text.size() - bytes) : text;
}

// Runs `indexer --config conf --all --quiet`, its output into log; throws unless it exits 0.
void run_indexer(const std::string& conf, const std::string& log) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("sphinx: fork failed");
  if (pid == 0) {
    FILE* out = std::freopen(log.c_str(), "w", stdout);
    if (out != nullptr) dup2(STDOUT_FILENO, STDERR_FILENO);
    execlp("indexer", "indexer", "--config", conf.c_str(), "--all", "--quiet", static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error("sphinx: indexer failed: " + tail_of(log, 600));
  }
}

}  // namespace

bool sphinx_available() {
  return std::system("command -v indexer >/dev/null 2>&1 && command -v searchd >/dev/null 2>&1") == 0;
}

std::string sphinx_version() {
  FILE* pipe = popen("searchd --help 2>&1", "r");
  if (pipe == nullptr) return "";
  char line[256] = {0};
  std::string first = fgets(line, sizeof line, pipe) != nullptr ? line : "";
  pclose(pipe);
  while (!first.empty() && (first.back() == '\n' || first.back() == '\r')) first.pop_back();
  return first;
}

SphinxIds::SphinxIds(const SyntheticCorpus& corpus) {
  std::set<std::string> names;
  for (const auto& podcast : corpus.podcasts) {
    for (const auto& e : podcast.episodes) names.insert(e.guests.begin(), e.guests.end());
  }
  unsigned next = 0;
  for (const auto& name : names) guests.emplace(name, ++next);
}

unsigned SphinxIds::guest_id(const std::string& name) const {
  auto it = guests.find(name);
  return it == guests.end() ? 0 : it->second;
}

std::string sphinx_index_dir(const std::string& dir) { return dir + "/index"; }

std::string write_sphinx_config(const std::string& dir, int port) {
  const std::string conf = dir + "/sphinx.conf";
  const std::string index = sphinx_index_dir(dir);
  std::ofstream out(conf);
  // Porter stemming as FTS5's; prefixes of 3 letters or more for `pref*` (expanded at query time).
  for (const char* name : {"episodes", "chapters"}) {
    out << "source " << name << "\n{\n  type = xmlpipe2\n  xmlpipe_command = cat " << dir << "/source/" << name
        << ".xml\n  xmlpipe_fixup_utf8 = 1\n}\n"
        << "index " << name << "\n{\n  source = " << name << "\n  path = " << index << "/" << name
        << "\n  morphology = stem_en\n  min_prefix_len = 3\n}\n";
  }
  out << "indexer\n{\n  mem_limit = 256M\n}\n"
      << "searchd\n{\n  listen = 127.0.0.1:" << port << ":mysql41\n  log = " << dir << "/searchd.log\n"
      << "  pid_file = " << dir << "/searchd.pid\n  binlog_path =\n  workers = threads\n"
      << "  max_packet_size = 32M\n"
      // Its default backlog of 5 drops connections of a 64-connection load (they then hang).
      << "  listen_backlog = 256\n}\n";
  if (!out) throw std::runtime_error("sphinx: cannot write " + conf);
  return conf;
}

void index_with_sphinx(const SyntheticCorpus& corpus, const std::string& dir, const TopicTagger& tagger) {
  const std::string source = dir + "/source";
  fs::create_directories(source);
  fs::create_directories(sphinx_index_dir(dir));
  write_sources(corpus, source, tagger);
  run_indexer(write_sphinx_config(dir, 9306), dir + "/indexer.log");
  std::error_code ignored;
  fs::remove_all(source, ignored);
}

}  // namespace podseek::bench
