// How to decode a feed's bytes when its XML declaration is wrong, as real hosts' often is: text
// before the declaration (which makes libxml2 ignore its encoding), windows-1252 bytes declared
// ISO-8859-1, UTF-8 declared as a Latin encoding, and Latin bytes declared (or assumed) UTF-8.
// Each rule yields a notice for the feed's warnings; the same fallback reads fetched transcripts
// and chapters that are not UTF-8. Internal to podseek_feeds (xml_doc.cpp, item_attachments.cpp).
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace podseek::xml {

// How many bytes of whitespace stand between the start (after a UTF-8 byte order mark, which is
// kept) and an "<?xml" declaration; 0 when there is none or no declaration follows.
std::size_t space_before_declaration(std::string_view bytes);

struct EncodingChoice {
  std::string encoding;  // what to read the bytes as instead of what they declare; "" = as declared
  std::string notice;    // why, for the feed's warnings ("" when encoding is "")
};

// `declared` is the encoding of the XML declaration as libxml2 reports it (doc->encoding;
// nullptr when there is no declaration). The rules, in order:
//  - a Latin encoding (ISO-8859-1/-15, US-ASCII, windows-1252) declared over bytes that are all
//    well-formed UTF-8 and not all ASCII: read as UTF-8;
//  - ISO-8859-1 or US-ASCII declared over bytes 0x80-0x9F (control codes there, typographic
//    quotes and dashes in windows-1252): read as windows-1252, as browsers do;
//  - UTF-8 declared, or nothing (no UTF-16 byte order mark), over bytes that are not UTF-8:
//    read as windows-1252 (ISO-8859-1 where a byte is undefined in windows-1252).
EncodingChoice choose_encoding(std::string_view bytes, const char* declared);

// A fetched text file (a transcript, a chapters file) as UTF-8: unchanged when it is well-formed
// UTF-8 (or UTF-16 with a byte order mark, which its reader handles), else read as windows-1252
// (ISO-8859-1 where a byte is undefined there), and `notice` says so; "" otherwise.
std::string text_as_utf8(std::string bytes, std::string& notice);

}  // namespace podseek::xml
