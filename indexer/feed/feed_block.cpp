// itunes:block and podcast:block (see feed_block.hpp).
#include "indexer/feed/feed_block.hpp"

#include "common/ascii_text.hpp"
#include "indexer/feed/xml_doc.hpp"

namespace podseek {
namespace {

bool says_yes(const xmlNode* node) { return ascii::lower(xml::text(node)) == "yes"; }

// The podcast:block that speaks for podseek: the one naming it, else one naming no service.
const xmlNode* podcast_block_for_us(const xmlNode* channel) {
  const xmlNode* for_all = nullptr;
  for (const xmlNode* block : xml::children(channel, xml::podcast("block"))) {
    const std::string id = ascii::lower(xml::attr(block, "id"));
    if (id == kPodseekServiceId) return block;
    if (id.empty() && for_all == nullptr) for_all = block;
  }
  return for_all;
}

}  // namespace

std::string channel_block_reason(const xmlNode* channel) {
  if (const xmlNode* block = podcast_block_for_us(channel)) {
    if (!says_yes(block)) return "";
    const bool named = !xml::attr(block, "id").empty();
    return std::string("podcast:block") + (named ? " id=\"" + xml::attr(block, "id") + "\"" : "") + " is \"" +
           xml::text(block) + "\"";
  }
  const xmlNode* itunes = xml::child(channel, xml::itunes("block"));
  return says_yes(itunes) ? "itunes:block is \"" + xml::text(itunes) + "\"" : "";
}

bool item_is_blocked(const xmlNode* item) { return says_yes(xml::child(item, xml::itunes("block"))); }

}  // namespace podseek
