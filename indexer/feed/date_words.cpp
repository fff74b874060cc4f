// Month and zone names of feed dates (see date_words.hpp).
#include "indexer/feed/date_words.hpp"

namespace podseek::date_words {
namespace {

struct MonthName {
  const char* name;
  int index;
};

// English: the three-letter abbreviation and full name are matched by date_words::month itself.
const char* const kEnglish[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char* const kEnglishFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                    "july",    "august",   "september", "october", "november", "december"};

// Every other language's names and the abbreviations its hosts print; names English shares are left out.
const MonthName kOther[] = {
    // German (and Austrian "jänner")
    {"januar", 0}, {"jänner", 0}, {"jän", 0}, {"februar", 1}, {"märz", 2}, {"mär", 2}, {"mrz", 2}, {"maerz", 2},
    {"mai", 4}, {"juni", 5}, {"juli", 6}, {"okt", 9}, {"oktober", 9}, {"dez", 11}, {"dezember", 11},
    // French
    {"janv", 0}, {"janvier", 0}, {"févr", 1}, {"fevr", 1}, {"fév", 1}, {"fev", 1}, {"février", 1}, {"fevrier", 1},
    {"mars", 2}, {"avr", 3}, {"avril", 3}, {"juin", 5}, {"juil", 6}, {"juillet", 6}, {"août", 7}, {"aout", 7},
    {"aoû", 7}, {"sept", 8}, {"septembre", 8}, {"octobre", 9}, {"novembre", 10}, {"déc", 11}, {"décembre", 11},
    {"decembre", 11},
    // Spanish
    {"ene", 0}, {"enero", 0}, {"febrero", 1}, {"marzo", 2}, {"abr", 3}, {"abril", 3}, {"mayo", 4}, {"junio", 5},
    {"julio", 6}, {"ago", 7}, {"agosto", 7}, {"sept", 8}, {"set", 8}, {"septiembre", 8}, {"setiembre", 8},
    {"octubre", 9}, {"noviembre", 10}, {"dic", 11}, {"diciembre", 11},
    // Italian
    {"gen", 0}, {"gennaio", 0}, {"febbraio", 1}, {"marzo", 2}, {"aprile", 3}, {"mag", 4}, {"maggio", 4},
    {"giu", 5}, {"giugno", 5}, {"lug", 6}, {"luglio", 6}, {"settembre", 8}, {"ott", 9}, {"ottobre", 9},
    {"dicembre", 11},
    // Dutch
    {"januari", 0}, {"februari", 1}, {"maart", 2}, {"mrt", 2}, {"mei", 4}, {"augustus", 7}, {"oktober", 9},
    // Portuguese
    {"janeiro", 0}, {"fevereiro", 1}, {"março", 2}, {"marco", 2}, {"maio", 4}, {"junho", 5}, {"julho", 6},
    {"setembro", 8}, {"out", 9}, {"outubro", 9}, {"novembro", 10}, {"dez", 11}, {"dezembro", 11},
    // Polish (the genitive, as dates write it, and the abbreviations)
    {"sty", 0}, {"stycznia", 0}, {"lut", 1}, {"lutego", 1}, {"marca", 2}, {"kwi", 3}, {"kwietnia", 3},
    {"maja", 4}, {"cze", 5}, {"czerwca", 5}, {"lip", 6}, {"lipca", 6}, {"sie", 7}, {"sierpnia", 7},
    {"wrz", 8}, {"września", 8}, {"paź", 9}, {"października", 9}, {"lis", 10}, {"listopada", 10},
    {"gru", 11}, {"grudnia", 11},
    // Swedish, Danish, Norwegian
    {"maj", 4}, {"augusti", 7}, {"des", 11}, {"desember", 11},
};

struct ZoneName {
  const char* name;
  int offset_minutes;
  bool rfc822;
};

const ZoneName kZones[] = {
    {"gmt", 0, true},      {"ut", 0, true},       {"utc", 0, false},     {"z", 0, true},
    {"est", -300, true},   {"edt", -240, true},   {"cst", -360, true},   {"cdt", -300, true},
    {"mst", -420, true},   {"mdt", -360, true},   {"pst", -480, true},   {"pdt", -420, true},
    {"akst", -540, false}, {"akdt", -480, false}, {"hst", -600, false},  {"ast", -240, false},
    {"adt", -180, false},  {"nst", -210, false},  {"ndt", -150, false},  {"wet", 0, false},
    {"west", 60, false},   {"bst", 60, false},    {"cet", 60, false},    {"cest", 120, false},
    {"mez", 60, false},    {"mesz", 120, false},  {"eet", 120, false},   {"eest", 180, false},
    {"msk", 180, false},   {"jst", 540, false},   {"kst", 540, false},   {"hkt", 480, false},
    {"sgt", 480, false},   {"awst", 480, false},  {"acst", 570, false},  {"acdt", 630, false},
    {"aest", 600, false},  {"aedt", 660, false},  {"nzst", 720, false},  {"nzdt", 780, false},
};

}  // namespace

std::optional<Month> month(const std::string& word) {
  for (int i = 0; i < 12; ++i) {
    if (word == kEnglish[i] || word == kEnglishFull[i]) return Month{i, true};
  }
  // Abbreviations longer than three letters ("sept", "janu") and cut full names.
  if (word.size() > 3) {
    for (int i = 0; i < 12; ++i) {
      if (std::string(kEnglishFull[i]).compare(0, word.size(), word) == 0) return Month{i, true};
    }
  }
  for (const MonthName& name : kOther) {
    if (word == name.name) return Month{name.index, false};
  }
  return std::nullopt;
}

std::optional<Zone> zone(const std::string& word) {
  for (const ZoneName& name : kZones) {
    if (word == name.name) return Zone{name.offset_minutes, name.rfc822};
  }
  return std::nullopt;
}

}  // namespace podseek::date_words
