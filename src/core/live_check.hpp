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

// A field whose shown value comes from Writer's layout (a page number, a page count, a chapter
// name…) is one U+FFFC in the document's model, so that the model reads the same with a layout and
// without one; Writer's flat paragraph (what the proofreading iterator hands the checker) shows
// the value instead. A paragraph of the model matched to such a text: where each U+FFFC's value
// is in the text.
struct FieldValue {
    std::uint32_t placeholder = 0; // offset of the U+FFFC in the paragraph's text
    std::uint32_t start = 0;       // the value's first offset in the matched text
    std::uint32_t end = 0;         // the offset behind it
};

struct ParagraphMatch {
    std::uint32_t paragraph = 0;
    std::vector<FieldValue> fields; // in text order; none when the texts are equal

    // The offset in the matched text of offset `offset` of the paragraph's text: a U+FFFC's offset
    // maps to the start of its value, the offset behind it to the value's end.
    std::uint32_t textOffset(std::uint32_t offset) const;
    // Whether range [start, end) of the paragraph's text takes in a U+FFFC.
    bool coversField(std::uint32_t start, std::uint32_t end) const;
};

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

    // The first paragraph that is `text` once each of its U+FFFC stands for a field's value in
    // `text`; a value starts at one of `fieldStarts` (ascending offsets into `text`) and ends before
    // the next of them.
    std::optional<ParagraphMatch> find(std::u16string_view text, const std::vector<std::uint32_t>& fieldStarts) const;

    // Whether the document is written in Chinese: at least half of its letters are Han.
    bool isChinese() const { return chinese_; }

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
    std::vector<std::uint32_t> withPlaceholders_; // paragraphs with a U+FFFC, ascending
    bool chinese_ = false;
};

} // namespace gw
