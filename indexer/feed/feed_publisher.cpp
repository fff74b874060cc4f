// The publisher's names and a feed's new address (see feed_publisher.hpp).
#include "indexer/feed/feed_publisher.hpp"

#include "common/ascii_text.hpp"
#include "indexer/feed/html_text.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {

std::vector<std::string> read_publisher_names(const xmlNode* channel) {
  std::vector<std::string> names;
  auto add = [&](const xmlNode* node) {
    std::string name = html_to_line(xml::text(node));
    if (!name.empty() && name.find('@') == std::string::npos) names.push_back(name);
  };
  add(xml::child(channel, xml::itunes("author")));
  add(xml::child(xml::child(channel, xml::itunes("owner")), xml::itunes("name")));
  for (const xmlNode* person : xml::children(channel, xml::podcast("person"))) {
    std::string role = ascii::lower(xml::attr(person, "role"));
    if (role.empty() || role == "host" || role == "co-host") add(person);
  }
  return names;
}

std::string read_new_feed_url(const xmlNode* channel) {
  return ascii::trim(xml::text(xml::child(channel, xml::itunes("new-feed-url"))));
}

}  // namespace podseek
