// The stopword lists (see stopword_lists.hpp).
#include "common/stopword_lists.hpp"

namespace podseek {

const std::vector<StopwordList>& stopword_lists() {
  static const std::vector<StopwordList> kLists = {
      // English: the list podseek has always used (the netstack.fm relevance cases depend on it).
      {"en", {"a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "how",
              "in", "into", "is", "it", "its", "of", "on", "or", "our", "that", "the", "their", "then", "there",
              "these", "this", "to", "was", "we", "what", "when", "which", "who", "will", "with", "within"}},
      {"de", {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
              "und", "oder", "aber", "in", "im", "ist", "sind", "war", "mit", "von", "vom", "zu", "zum", "zur",
              "fur", "auf", "an", "am", "bei", "aus", "als", "auch", "es", "sie", "er", "wir", "ich", "nicht",
              "wie", "was", "uber", "nach", "um", "dass"}},
      {"nl", {"de", "het", "een", "en", "of", "in", "is", "op", "te", "van", "voor", "met", "aan", "bij",
              "als", "dat", "die", "dit", "er", "ook", "maar", "niet", "naar", "om", "over", "zijn", "was",
              "wat", "hoe", "wie", "we", "ik"}},
      {"es", {"el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "de", "del", "en", "es",
              "son", "con", "por", "para", "al", "que", "se", "su", "sus", "como", "mas", "pero", "lo", "le",
              "no", "sobre"}},
      {"ca", {"el", "la", "els", "les", "un", "una", "uns", "unes", "i", "o", "de", "del", "dels", "en",
              "es", "son", "amb", "per", "a", "al", "als", "que", "com", "mes", "pero", "no", "sobre"}},
      {"fr", {"le", "la", "les", "un", "une", "des", "et", "ou", "de", "du", "en", "est", "sont", "avec",
              "pour", "par", "au", "aux", "que", "qui", "dans", "sur", "ce", "cette", "ne", "pas", "se", "son",
              "sa", "ses", "l", "d"}},
      {"it", {"il", "lo", "la", "i", "gli", "le", "un", "una", "e", "o", "di", "del", "della", "in", "con",
              "per", "da", "che", "non", "si", "al", "sono", "su"}},
      {"pt", {"o", "a", "os", "as", "um", "uma", "e", "ou", "de", "do", "da", "dos", "das", "em", "no",
              "na", "com", "por", "para", "que", "se", "nao", "sobre"}},
  };
  return kLists;
}

}  // namespace podseek
