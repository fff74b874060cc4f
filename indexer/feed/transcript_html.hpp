// Reads HTML transcripts (podcast:transcript type="text/html", as Buzzsprout publishes them):
// a run of <cite>Speaker:</cite> <time>M:SS</time> <p>what was said</p>, read with libxml2's
// forgiving HTML parser and walked in document order by a loop (no recursion on nesting depth).
// Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

#include "indexer/feed/transcript_cue.hpp"

namespace podseek {

// One cue per <p> with text, starting at the last <time> before it and spoken by the last <cite>
// (its trailing ':' removed). A <time> that is not a time is a warning naming it; paragraphs before
// any valid <time> are skipped with one warning. A document with no <time> at all is read as the
// lines of its text by parse_text_transcript (timestamps written as text: "[00:01:23] Name: …"),
// which throws InputError naming `source` when no line has one (then it is no transcript).
TranscriptRead parse_transcript_html(const std::string& html, const std::string& source,
                                     const TranscriptLimits& limits = {});

}  // namespace podseek
