// Tests for search-server/highlighter.cpp: escaping, marking, snippets.
#include "search-server/core/highlighter.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

namespace {

HighlightTerms words(std::set<std::string> words, std::set<std::string> stems = {}) {
  HighlightTerms terms;
  terms.words = std::move(words);
  terms.stems = std::move(stems);
  return terms;
}

}  // namespace

TEST_CASE("Text is escaped and only <mark> is added") {
  CHECK(highlight("<b>QUIC</b> & \"h3\"", words({"quic"})) == "&lt;b&gt;<mark>QUIC</mark>&lt;/b&gt; &amp; &quot;h3&quot;");
  CHECK(escape_html("it's") == "it&#39;s");
}

TEST_CASE("Matches are marked in every written form of a word") {
  CHECK(highlight("QUIC and HTTP/3 in Firefox", words({"http3"})) == "QUIC and <mark>HTTP/3</mark> in Firefox");
  CHECK(highlight("Exploring Happy Eyeballs", words({}, {"eyebal"})) == "Exploring Happy <mark>Eyeballs</mark>");
  CHECK(highlight("Web Transport and Darkstar", words({"web transport"})) ==
        "<mark>Web</mark> <mark>Transport</mark> and Darkstar");
  HighlightTerms prefix;
  prefix.prefixes = {"webtr"};
  CHECK(highlight("WebTransport API", prefix) == "<mark>WebTransport</mark> API");
}

TEST_CASE("A snippet is cut around the densest matches, at word boundaries") {
  std::string text(300, 'x');
  text = "Intro words here. " + std::string(200, 'a') + " then QUIC matters and QUIC again " + std::string(200, 'b');
  std::string cut = snippet(text, words({"quic"}), 120);
  CHECK(cut.rfind("… ", 0) == 0);
  CHECK(cut.find("<mark>QUIC</mark> matters and <mark>QUIC</mark>") != std::string::npos);
  CHECK(cut.size() < 200);
}

TEST_CASE("Without a match the snippet is the beginning of the text") {
  CHECK(snippet("Short text.", words({"quic"})) == "Short text.");
  CHECK_FALSE(has_match("Short text.", words({"quic"})));
}

TEST_CASE("A snippet never starts in the middle of a word") {
  // Issue 13: a match about 56 bytes in put the cut one byte into "In" ("… n this episode …").
  const std::string text =
      "In this episode we talk with the maintainers about how the QUIC handshake works, " + std::string(300, 'x') +
      " and more words after that so the window is cut at its end too.";
  for (std::size_t at = 0; at < 70; ++at) {
    std::string cut = snippet_at(text, words({"quic"}), at, 120);
    INFO("at " << at << ": " << cut);
    CHECK((cut.rfind("In this", 0) == 0 || cut.rfind("… ", 0) == 0));
    if (cut.rfind("… ", 0) == 0) {
      // The first word shown is a whole word of the text: it follows a space there.
      std::string first = cut.substr(std::string("… ").size());
      auto pos = text.find(first.substr(0, 12));
      REQUIRE(pos != std::string::npos);
      CHECK(text[pos - 1] == ' ');
    }
  }
  std::string densest = snippet("In this episode, QUIC " + std::string(200, 'y') + " end", words({"quic"}), 120);
  CHECK(densest.rfind("In this episode", 0) == 0);
}
