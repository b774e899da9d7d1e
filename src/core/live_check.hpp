// Checking one paragraph while the author types (Writer's grammar checking calls in for every
// paragraph it shows): the findings of a paragraph come from the last document-level check,
// looked up by the paragraph's text; a paragraph edited since then gets the findings of the
// rules that need no more than the paragraph and its neighbours, until the next document-level
// check.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "rule.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gw {

// Rules whose findings on a paragraph depend on that paragraph (and its role) alone: the marker
// forms, heading punctuation, punctuation, placeholders, web residue. Sequences, skipped levels,
// consistency across the document and the heading formats need the whole document.
bool isParagraphLocal(const RuleInfo& rule);

class CheckedDocument {
public:
    // Checks the whole document (the expensive part: do it off the typing path).
    CheckedDocument(Document document, const Config& config);
    CheckedDocument(const CheckedDocument&) = delete;
    CheckedDocument& operator=(const CheckedDocument&) = delete;

    const Document& document() const { return document_; }
    const Config& config() const { return config_; }

    // The first paragraph whose text is `text`, if the document has one.
    std::optional<std::uint32_t> find(std::u16string_view text) const;

    // The paragraph `text` most likely is an edit of: the one sharing the longest beginning or end
    // with it (at least two characters), and how many characters they share.
    struct Likeness {
        std::uint32_t paragraph = 0;
        std::size_t shared = 0;
    };
    std::optional<Likeness> likelyOriginal(std::u16string_view text) const;

    // The findings of paragraph `paragraph` from the document-level check, in text order.
    std::vector<Finding> findingsOf(std::uint32_t paragraph) const;

    // The findings of the paragraph-local rules on `text` (offsets into `text`), for a paragraph
    // the check has not seen: it is checked in place of its likely original, among its neighbours, so that its role (heading,
    // list item, body…) is read as the whole check would read it. Without a likely original it
    // is checked alone. The findings' paragraph index (and their edits') count in that
    // neighbourhood: only the offsets, and edits in the finding's own paragraph, mean anything.
    std::vector<Finding> checkEdited(std::u16string_view text) const;

private:
    Document document_;
    Config config_;
    Config localConfig_; // config_ with every rule that is not paragraph-local switched off
    std::vector<Finding> findings_; // in paragraph order
    std::vector<std::uint32_t> firstFinding_; // per paragraph, index into findings_; one extra at the end
    std::unordered_map<std::u16string_view, std::uint32_t> byText_; // views into document_
};

} // namespace gw
