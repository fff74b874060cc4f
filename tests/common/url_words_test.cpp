// Tests for common/url_words.cpp: which words belong to web addresses.
#include "common/url_words.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace podseek;

TEST_CASE("Words inside URLs, www addresses and e-mail addresses are recognised") {
  const std::string text = "see https://tokio.rs/blog (www.example.org) or mail me@host.example, tokio rocks";
  CHECK(within_url(text, text.find("tokio.rs")));
  CHECK(within_url(text, text.find("blog")));
  CHECK(within_url(text, text.find("example.org")));
  CHECK(within_url(text, text.find("me@")));
  CHECK_FALSE(within_url(text, text.find("see")));
  CHECK_FALSE(within_url(text, text.rfind("tokio")));
  CHECK_FALSE(within_url(text, text.size()));
}

TEST_CASE("Dotted names have a dot between letters; version numbers do not") {
  CHECK(is_dotted_name("tokio.rs"));
  CHECK(is_dotted_name("Node.js"));
  CHECK_FALSE(is_dotted_name("1.3"));
  CHECK_FALSE(is_dotted_name("HTTP/3"));
  CHECK_FALSE(is_dotted_name("end."));
}
