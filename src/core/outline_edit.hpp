// Promoting and demoting a heading with its subtree, as an outliner does, planned as edits of the
// typed markers: the moved headings take the marker form of their new level, and every sibling
// run the move changes is renumbered, so that the document's numbering is right afterwards.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "edit.hpp"
#include "engine.hpp"
#include "structure.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gw {

enum class HeadingMove : std::uint8_t {
    Promote, // one level up: （二） → 二、
    Demote,  // one level down: 二、 → （N）
};

// Why a move cannot be made; the plan then has no edits.
enum class MoveRefusal : std::uint8_t {
    None,
    NotAHeading,    // the paragraph holds no heading of the outline (a list item, a field or no marker)
    TopLevel,       // a level-1 heading cannot go up
    BottomLevel,    // a level-4 heading cannot go down
    TooDeep,        // a heading under it would go below level 4
    WriterNumbered, // it or a heading under it is numbered by Writer (a list label, not typed text)
    FirstSibling,   // the first heading under its parent has no previous sibling to fall under
    SplitMarker,    // a marker to change is split over two paragraphs ("（" alone on a line): HN's fix first
};

std::string_view refusalMessageZh(MoveRefusal refusal);
std::string_view refusalMessageEn(MoveRefusal refusal);

struct HeadingMovePlan {
    MoveRefusal refusal = MoveRefusal::None;
    // Pass 1: the markers, and the outline level of a moved heading where the author set one
    // (ordered for applying). Pass 2, on the text as pass 1 leaves it: HF-01's own fix (the font of
    // the level) for the headings whose level changed, where the heading was in its old level's
    // font and is not in the new one's. No empty pass.
    std::vector<std::vector<Edit>> passes;

    bool refused() const { return refusal != MoveRefusal::None; }
    std::size_t edits() const;
};

// Why moving the heading at `paragraph` would be refused (MoveRefusal::None when it would not),
// without planning the edits.
MoveRefusal headingMoveRefusal(const Structure& structure, std::uint32_t paragraph, HeadingMove move);

// Plans moving the heading at `paragraph` one level up or down with its subtree (its descendant
// headings move by the same step). Promoting puts it after its parent, and the headings that
// followed it at its old level under the same parent fall under it; demoting makes it the last
// child of its previous sibling. `checked` is the check of `document` under `config`.
// Writer-numbered siblings that only need a new number are left to Writer.
HeadingMovePlan planHeadingMove(const Document& document, const CheckResult& checked, const Config& config,
                                std::uint32_t paragraph, HeadingMove move);

} // namespace gw
