// The one repair made to a feed's bytes before libxml2 reads them again: a bare '&' that starts
// no character or entity reference ("AT&T", "?a=1&b=2", hand-typed into a feed) becomes "&amp;",
// which libxml2 would otherwise drop together with the word after it. Comments, CDATA sections
// and processing instructions are left as they are. Used only when the first parse reported an
// error (xml_doc.cpp). Thread safety: pure function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace podseek::xml {

struct Repaired {
  std::string text;
  std::size_t ampersands = 0;  // how many were escaped
};

// One pass over the bytes: no recursion, no regex.
Repaired escape_bare_ampersands(std::string_view text);

}  // namespace podseek::xml
