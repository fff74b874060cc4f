// Tests for indexer/feed/html_text.cpp.
#include "indexer/feed/html_text.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("HTML becomes text with block elements as line breaks and entities decoded") {
  struct Row {
    const char* html;
    const char* text;
  };
  const Row rows[] = {
      {"<p>One</p><p>Two</p>", "One\nTwo"},
      {"00:00 Intro<br>00:38 Max<br/>09:42 QUIC", "00:00 Intro\n00:38 Max\n09:42 QUIC"},
      {"<ul><li>a</li><li>b</li></ul>", "a\nb"},
      {"Firefox&rsquo;s stack &amp; QUIC &lt;3", "Firefox\xE2\x80\x99s stack & QUIC <3"},
      {"<b>bold</b> <i>italic</i>", "bold italic"},
      {"spread\n   over <em>lines</em>\n", "spread over lines"},
      {"<p>unclosed <b>tags<p>next", "unclosed tags\nnext"},
      {"<script>alert(1)</script>visible", "visible"},
      {"", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.html);
    CHECK(html_to_text(row.html).text == row.text);
  }
}

TEST_CASE("Plain text keeps its line breaks") {
  CHECK(html_to_text("00:00 Start\n05:00 Middle &amp; end").text == "00:00 Start\n05:00 Middle & end");
  CHECK(html_to_text("a < b\nc").text == "a < b\nc");
}

TEST_CASE("Links keep their labels and resolve against the base URL") {
  HtmlText html = html_to_text(
      "<a href=\"https://max-inden.de/\">https://max-inden.de/</a> — site "
      "<a href=\"/rama\">Rama</a> <a href=\"#top\">top</a> <a href=\"javascript:x()\">js</a> "
      "<a href=\"../notes/8\">the <b>notes</b></a> <a href=\"/rama\">again</a>",
      "https://netstack.fm/episodes/");
  REQUIRE(html.links.size() == 3);
  CHECK(html.links[0].url == "https://max-inden.de/");
  CHECK(html.links[0].label == "");
  CHECK(html.links[1].url == "https://netstack.fm/rama");
  CHECK(html.links[1].label == "Rama");
  CHECK(html.links[2].url == "https://netstack.fm/notes/8");
  CHECK(html.links[2].label == "the notes");
}

TEST_CASE("Titles become one line of text") {
  CHECK(html_to_line("<b>Bold</b> &amp; <i>italic</i>\n title") == "Bold & italic title");
  CHECK(html_to_line("Episode 11 – Modern networking") == "Episode 11 – Modern networking");
  CHECK(html_to_line("Bits & <Bytes>") == "Bits & <Bytes>");
  CHECK(html_to_line("Q&amp;A  time") == "Q&A time");
  CHECK(html_to_line("Vec<u8> <em>zero-copy</em>") == "Vec zero-copy");
}
