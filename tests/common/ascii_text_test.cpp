// Tests for common/ascii_text.hpp: the ASCII helpers every layer shares.
#include "common/ascii_text.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("ASCII case changes touch A-Z only and pass UTF-8 through") {
  CHECK(ascii::lower("QUIC und Straße HTTP/3") == "quic und straße http/3");
  CHECK(ascii::lower("\xC3\x84") == "\xC3\x84");  // Ä stays: case folding of non-ASCII is the analyser's
  CHECK(ascii::to_upper('q') == 'Q');
  CHECK(ascii::to_lower('[') == '[');
}

TEST_CASE("Trimming removes the six ASCII spaces at both ends only") {
  CHECK(ascii::trim(" \t\r\n\f\vQUIC and TLS \n") == "QUIC and TLS");
  CHECK(ascii::trim("   ").empty());
  CHECK(ascii::trim("") == "");
  CHECK(ascii::trim("\xC2\xA0x") == "\xC2\xA0x");  // a no-break space is text, not ASCII space
}

TEST_CASE("Case-blind comparisons") {
  CHECK(ascii::equals_nocase("Content-Type", "content-type"));
  CHECK_FALSE(ascii::equals_nocase("Content-Type", "content-typ"));
  CHECK(ascii::starts_with_nocase("HTTPS://example.org", "https://"));
  CHECK_FALSE(ascii::starts_with_nocase("http", "https://"));
  CHECK(ascii::ends_with_nocase("Episode 3 – netstack.FM", "Netstack.fm"));
  CHECK_FALSE(ascii::ends_with_nocase("fm", "netstack.fm"));
}
