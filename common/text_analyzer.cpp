// ICU-based analysis: folding, word boundaries and compound splitting (see text_analyzer.hpp).
#include "common/text_analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <xapian.h>

#include "common/analysis_language.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace podseek {
namespace {

constexpr std::size_t kMaxTermBytes = 64;       // longer terms are dropped (Xapian allows ~245)
constexpr std::size_t kMaxJoinedSegments = 4;   // longer chains (paths, URLs) are not joined whole

// Accents come off Latin, Greek and Cyrillic letters only: the marks of Thai, Devanagari or
// Hebrew, and the voicing marks of kana, are parts of their letters, not accents.
constexpr const char* kFoldRules =
    "NFKC; Latin-ASCII; [[:Latin:][:Greek:][:Cyrillic:]] NFD; [[:Nonspacing Mark:] & [:Inherited:]] Remove; NFC";

// Characters that glue two word pieces into one compound when nothing else separates them.
bool is_connector(UChar32 c) {
  switch (c) {
    case '-': case '_': case '/': case '.': case '\'':
    case 0x2010: case 0x2011: case 0x2019: case 0x2018: case 0x02BC:
      return true;
    default:
      return false;
  }
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

// A run of text between word boundaries that ICU calls a word (letters, numbers, ideographs).
bool is_word_status(int32_t status) { return status >= UBRK_WORD_NONE_LIMIT; }

// Scripts written without spaces between words: ICU's dictionaries split them, and each piece
// it finds is a word of its own, never glued to its neighbours.
bool is_unspaced_script(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_THAI:
    case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

// Two word segments ICU found side by side are one word unless either is in an unspaced script.
bool glued(const icu::UnicodeString& u, int32_t previous_end, int32_t next_start) {
  return !is_unspaced_script(u.char32At(u.moveIndex32(previous_end, -1))) &&
         !is_unspaced_script(u.char32At(next_start));
}

enum class CharKind { kLower, kUpper, kDigit, kOther };

CharKind kind_of(UChar32 c) {
  if (u_isdigit(c)) return CharKind::kDigit;
  if (u_isupper(c) || u_istitle(c)) return CharKind::kUpper;
  if (u_islower(c)) return CharKind::kLower;
  return CharKind::kOther;
}

using CodePoints = std::vector<UChar32>;

// Splits one connector-free segment at case changes and letter-digit boundaries:
// "WebTransport" -> Web|Transport, "HTTPServer" -> HTTP|Server, "netstack3" -> netstack|3.
// An upper-case run splits before its last letter only when two or more capitals remain,
// so "URing" and "IPv6" keep their leading capital.
std::vector<CodePoints> split_segment(const CodePoints& chars) {
  std::vector<CodePoints> pieces;
  CodePoints current;
  auto flush = [&] {
    if (!current.empty()) pieces.push_back(current);
    current.clear();
  };
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (i > 0) {
      CharKind prev = kind_of(chars[i - 1]), cur = kind_of(chars[i]);
      bool digit_edge = (prev == CharKind::kDigit) != (cur == CharKind::kDigit) &&
                        prev != CharKind::kOther && cur != CharKind::kOther;
      bool camel = prev == CharKind::kLower && cur == CharKind::kUpper;
      bool acronym_end = prev == CharKind::kUpper && cur == CharKind::kUpper && i + 1 < chars.size() &&
                         kind_of(chars[i + 1]) == CharKind::kLower && current.size() >= 2;
      if (digit_edge || camel || acronym_end) flush();
    }
    current.push_back(chars[i]);
  }
  flush();
  return pieces;
}

// The end of a "++" or "#" that directly follows a name and ends it, else `at`.
int32_t symbol_suffix_end(const icu::UnicodeString& u, int32_t at) {
  int32_t after = at;
  if (u.charAt(at) == '#') {
    after = at + 1;
  } else if (at + 1 < u.length() && u.charAt(at) == '+' && u.charAt(at + 1) == '+') {
    after = at + 2;
  }
  if (after == at) return at;
  if (after < u.length() && u_isalnum(u.char32At(after))) return at;
  return after;
}

// A-Z lowered; every other ASCII character as it is (what NFKC_Casefold does to ASCII).
char ascii_lower(UChar32 c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }

// The commonest word by far: ASCII letters in one case, or capitalised ("network", "Tokio",
// "QUIC"). It is its own single part, lower-cased, and needs none of the compound machinery.
// nullopt for anything else (digits, connectors, camel case, non-ASCII, over-long words).
std::optional<std::string> plain_ascii_word(const icu::UnicodeString& raw) {
  const int32_t length = raw.length();
  if (length == 0 || static_cast<std::size_t>(length) > kMaxTermBytes) return std::nullopt;
  bool all_upper = true, rest_lower = true;
  std::string out(static_cast<std::size_t>(length), ' ');
  for (int32_t i = 0; i < length; ++i) {
    char16_t c = raw.charAt(i);
    bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    if (!upper && !lower) return std::nullopt;
    all_upper = all_upper && upper;
    if (i > 0) rest_lower = rest_lower && lower;
    out[static_cast<std::size_t>(i)] = ascii_lower(c);
  }
  if (!all_upper && !rest_lower) return std::nullopt;
  return out;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

struct TextAnalyzer::Impl {
  std::unique_ptr<icu::Transliterator> folder;
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* casefold = nullptr;
  // One Xapian stemmer per language met, by stemmer name ("german").
  std::map<std::string, Xapian::Stem, std::less<>> stemmers;
  // Stems already worked out: a text repeats its words, and the stemmer is the dearest step
  // of highlighting. Bounded; emptied when full.
  static constexpr std::size_t kMaxCachedStems = 20000;
  std::unordered_map<std::string, std::string> stems;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    folder.reset(icu::Transliterator::createInstance(
        kFoldRules, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU transliterator: " + std::string(u_errorName(status)));
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator: " + std::string(u_errorName(status)));
    casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU casefold: " + std::string(u_errorName(status)));
  }

  // Folds accents, widths, dash and apostrophe variants; keeps case (needed for splitting).
  icu::UnicodeString fold_keep_case(const icu::UnicodeString& text) {
    bool ascii = true;
    for (int32_t i = 0; i < text.length() && ascii; ++i) ascii = text.charAt(i) < 0x80;
    if (ascii) return text;
    icu::UnicodeString out(text);
    folder->transliterate(out);
    return out;
  }

  std::string lower_utf8(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = casefold->normalize(text, status);
    std::string out;
    if (U_SUCCESS(status)) folded.toUTF8String(out);
    return out;
  }

  // The case-folded UTF-8 of a piece of a word. ASCII, by far the commonest, folds to its
  // lower case without ICU (NFKC_Casefold maps ASCII exactly so).
  std::string lower_utf8(const CodePoints& piece) {
    if (std::all_of(piece.begin(), piece.end(), [](UChar32 c) { return c < 0x80; })) {
      std::string out(piece.size(), ' ');
      for (std::size_t i = 0; i < piece.size(); ++i) out[i] = ascii_lower(piece[i]);
      return out;
    }
    icu::UnicodeString text;
    for (UChar32 c : piece) text.append(c);
    return lower_utf8(text);
  }

  Xapian::Stem& stemmer_for(std::string_view name) {
    auto found = stemmers.find(name);
    if (found == stemmers.end()) found = stemmers.emplace(std::string(name), Xapian::Stem(std::string(name))).first;
    return found->second;
  }

  AnalyzedWord analyze_compound(const icu::UnicodeString& raw, std::size_t begin, std::size_t end);
};

AnalyzedWord TextAnalyzer::Impl::analyze_compound(const icu::UnicodeString& raw, std::size_t begin,
                                                  std::size_t end) {
  AnalyzedWord word;
  word.begin = begin;
  word.end = end;
  if (std::optional<std::string> plain = plain_ascii_word(raw)) {
    word.joined = *plain;
    word.parts.push_back(std::move(*plain));
    return word;
  }
  icu::UnicodeString text = fold_keep_case(raw);
  // Segments between connectors; an apostrophe joins without splitting, and a final "'s" goes.
  std::vector<CodePoints> segments(1);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (is_apostrophe(c)) {
      int32_t next = text.moveIndex32(i, 1);
      if (next == text.length() - 1 && (text.charAt(next) == 's' || text.charAt(next) == 'S')) break;
      continue;
    }
    if (is_connector(c)) {
      if (!segments.back().empty()) segments.emplace_back();
      continue;
    }
    segments.back().push_back(c);
  }
  if (segments.back().empty()) segments.pop_back();

  std::string joined;
  for (const auto& segment : segments) {
    std::vector<CodePoints> pieces = split_segment(segment);
    std::string segment_joined;
    const std::size_t first_part = word.parts.size();
    for (const auto& piece : pieces) {
      std::string part = lower_utf8(piece);
      if (part.empty()) continue;
      segment_joined += part;
      word.parts.push_back(std::move(part));
    }
    if (word.parts.size() - first_part > 1 && segments.size() > 1 && segment_joined.size() <= kMaxTermBytes) {
      word.groups.push_back({segment_joined, first_part, word.parts.size() - 1});
    }
    // A dot between numbers stays ("1.3", "0.24"); every other separator disappears.
    if (!joined.empty() && all_digits(segment_joined) && std::isdigit(static_cast<unsigned char>(joined.back()))) {
      joined += '.';
    }
    joined += segment_joined;
  }
  if (segments.size() <= kMaxJoinedSegments && joined.size() <= kMaxTermBytes) {
    word.joined = joined;
  } else if (word.parts.size() == 1) {
    word.joined = word.parts.front();
  }
  std::erase_if(word.parts, [](const std::string& p) { return p.size() > kMaxTermBytes; });
  return word;
}

std::vector<std::string> AnalyzedWord::segments() const {
  std::vector<std::string> out;
  std::size_t next_group = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (next_group < groups.size() && groups[next_group].first_part == i) {
      out.push_back(groups[next_group].text);
      i = groups[next_group++].last_part;
    } else {
      out.push_back(parts[i]);
    }
  }
  return out;
}

TextAnalyzer::TextAnalyzer() : impl_(std::make_unique<Impl>()) {}
TextAnalyzer::~TextAnalyzer() = default;

std::vector<AnalyzedWord> TextAnalyzer::analyze(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  // Byte offset in the UTF-8 text of every UTF-16 index, for highlighting.
  std::vector<std::size_t> byte_at(u.length() + 1, text.size());
  std::size_t bytes = 0;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    int32_t next = u.moveIndex32(i, 1);
    for (int32_t j = i; j < next; ++j) byte_at[j] = bytes;
    bytes += U8_LENGTH(c);
    i = next;
  }
  byte_at[u.length()] = bytes;

  std::vector<AnalyzedWord> out;
  impl_->words->setText(u);
  int32_t start = impl_->words->first();
  int32_t compound_start = -1, compound_end = -1;
  auto emit = [&] {
    if (compound_start < 0) return;
    icu::UnicodeString raw(u, compound_start, compound_end - compound_start);
    AnalyzedWord word = impl_->analyze_compound(raw, byte_at[compound_start], byte_at[compound_end]);
    if (!word.parts.empty()) out.push_back(std::move(word));
    compound_start = compound_end = -1;
  };
  int32_t skip_until = 0;
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       start = end, end = impl_->words->next()) {
    if (start < skip_until) continue;
    if (is_word_status(impl_->words->getRuleStatus())) {
      if (compound_start < 0 || compound_end != start || !glued(u, compound_end, start)) {
        emit();
        compound_start = start;
      }
      compound_end = end;
      continue;
    }
    bool touches_compound = compound_start >= 0 && compound_end == start;
    // A single connector directly between two word pieces continues the compound.
    if (touches_compound && end - start == 1 && is_connector(u.charAt(start)) && end < u.length() &&
        u_isalnum(u.char32At(end))) {
      compound_end = end;
      continue;
    }
    // "C++", "C#", "F#": the symbols belong to the name.
    if (touches_compound) {
      int32_t after = symbol_suffix_end(u, start);
      if (after > start) {
        compound_end = skip_until = after;
        emit();
        continue;
      }
    }
    emit();
  }
  emit();
  return out;
}

std::string TextAnalyzer::fold(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  std::string folded = impl_->lower_utf8(impl_->fold_keep_case(u));
  // Collapse runs of white space so "Max  Inden" and "Max Inden" are the same value.
  std::string out;
  for (char c : folded) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string TextAnalyzer::stem(const std::string& term, std::string_view stemmer) {
  if (stemmer.empty()) return term;
  for (unsigned char c : term) {
    if (c >= '0' && c <= '9') return term;
  }
  std::string key(stemmer);
  key += '\0';
  key += term;
  auto cached = impl_->stems.find(key);
  if (cached != impl_->stems.end()) return cached->second;
  if (impl_->stems.size() >= Impl::kMaxCachedStems) impl_->stems.clear();
  std::string stemmed = impl_->stemmer_for(stemmer)(term);
  impl_->stems.emplace(std::move(key), stemmed);
  return stemmed;
}

TextAnalyzer& thread_analyzer() {
  thread_local TextAnalyzer analyzer;
  return analyzer;
}

bool is_stopword(std::string_view term) { return is_stopword(term, kDefaultLanguage); }

bool is_stopword(std::string_view term, std::string_view language) {
  return stopper_for(language)(std::string(term));
}

}  // namespace podseek
