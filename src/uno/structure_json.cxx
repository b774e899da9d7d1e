#include "structure_json.hxx"

#include "elements.hpp"
#include "unicode.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace gwcheck::uno {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kExcerptChars = 16;

// The findings ordered by paragraph, so that a node finds those in a paragraph range by
// binary search: 5,000 findings and hundreds of nodes stay well under a millisecond.
class FindingsByParagraph {
public:
    explicit FindingsByParagraph(const std::vector<gw::Finding>& findings)
    {
        sorted_.reserve(findings.size());
        for (const gw::Finding& finding : findings)
            sorted_.push_back(&finding);
        std::stable_sort(sorted_.begin(), sorted_.end(), [](const gw::Finding* a, const gw::Finding* b) {
            return a->paragraph < b->paragraph;
        });
    }

    // Appends the keys of the findings in paragraphs [first, last].
    void keysIn(std::uint32_t first, std::uint32_t last, Json& keys) const
    {
        auto from = std::lower_bound(sorted_.begin(), sorted_.end(), first,
                                     [](const gw::Finding* f, std::uint32_t p) { return f->paragraph < p; });
        for (; from != sorted_.end() && (*from)->paragraph <= last; ++from)
            keys.push_back((*from)->key);
    }

private:
    std::vector<const gw::Finding*> sorted_;
};

const char* confidenceName(gw::Confidence confidence)
{
    return confidence == gw::Confidence::High ? "high" : "low";
}

// The node's own paragraphs are its range less its children's ranges (children are in order
// and do not overlap).
Json ownFindingKeys(const gw::StructureNode& node, const FindingsByParagraph& findings)
{
    Json keys = Json::array();
    std::uint32_t next = node.first;
    for (const gw::StructureNode& child : node.children) {
        if (child.first > next)
            findings.keysIn(next, child.first - 1, keys);
        next = std::max(next, child.last + 1);
    }
    if (next <= node.last)
        findings.keysIn(next, node.last, keys);
    return keys;
}

Json nodeJson(const gw::Document& document, const gw::Structure& structure, const gw::StructureNode& node,
              const FindingsByParagraph& findings)
{
    Json out;
    if (node.kind == gw::StructureNode::Kind::Element) {
        out["kind"] = "element";
        out["element"] = std::string(gw::elementSlug(node.element));
        out["nameZh"] = std::string(gw::elementNameZh(node.element));
        out["nameEn"] = std::string(gw::elementNameEn(node.element));
    } else {
        out["kind"] = "heading";
        out["level"] = node.level;
        out["marker"] = gw::text::toUtf8(node.marker);
        out["paragraph"] = node.paragraph;
        const gw::Heading* heading = structure.headingAt(node.paragraph);
        out["text"] = heading ? gw::headingExcerpt(document, *heading, kExcerptChars) : std::string();
    }
    out["first"] = node.first;
    out["last"] = node.last;
    out["confidence"] = confidenceName(node.confidence);
    out["findings"] = ownFindingKeys(node, findings);
    Json children = Json::array();
    for (const gw::StructureNode& child : node.children)
        children.push_back(nodeJson(document, structure, child, findings));
    out["children"] = std::move(children);
    return out;
}

} // namespace

std::string structureJson(const gw::Document& document, const gw::Structure& structure,
                          const std::vector<gw::Finding>& findings)
{
    const FindingsByParagraph byParagraph(findings);
    Json nodes = Json::array();
    for (const gw::StructureNode& node : gw::documentTree(document, structure))
        nodes.push_back(nodeJson(document, structure, node, byParagraph));
    Json out;
    out["schema"] = "gwcheck-structure";
    out["schemaVersion"] = 1;
    out["paragraphs"] = document.paragraphs.size();
    out["findings"] = findings.size();
    out["nodes"] = std::move(nodes);
    return out.dump();
}

} // namespace gwcheck::uno
