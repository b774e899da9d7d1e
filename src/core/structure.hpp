// The heading tree of a document, built once from the recognised markers; heading rules work on
// it rather than on raw pattern hits.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "markers.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gw {

struct Heading {
    std::uint32_t paragraph = 0;
    Marker marker;
    int parent = -1;        // index into Structure::headings(), -1 at top
    int siblingIndex = 0;   // 1-based position among the parent's children of this level
    bool standalone = true; // the heading is the whole paragraph
    // End (exclusive) of the heading part: the whole text for standalone headings; for run-in
    // headings up to and including the first "。" (levels 3–4: or "：" when that comes first).
    std::uint32_t headingEnd = 0;

    int level() const { return marker.level(); }
};

class Structure {
public:
    static Structure build(const Document& document, const Config& config);

    const std::vector<Heading>& headings() const { return headings_; }
    // The heading a paragraph is, or nullptr.
    const Heading* headingAt(std::uint32_t paragraph) const;
    // The headings above a paragraph, outermost first (the paragraph's own heading excluded).
    std::vector<const Heading*> ancestors(std::uint32_t paragraph) const;
    // "二、 › （三）": the location of a paragraph for people.
    std::string path(const Document& document, std::uint32_t paragraph) const;
    // The document title paragraph, when one is recognised.
    std::optional<std::uint32_t> title() const { return title_; }

private:
    std::vector<Heading> headings_;
    std::vector<int> headingOfParagraph_; // -1 = not a heading
    std::vector<int> enclosingHeading_;   // nearest heading at or before each paragraph
    std::optional<std::uint32_t> title_;
};

} // namespace gw
