// What the punctuation rules (PN) share: the parts of a paragraph they leave to other rules, the
// character classes of Chinese text, and turning character changes into findings whose fixes
// never touch one another. The HP rules take the end points of headings and titles from here.
#pragma once

#include "edit.hpp"
#include "hygiene.hpp"
#include "rule.hpp"

#include <string>
#include <vector>

namespace gw {

// One paragraph as the punctuation rules see it: the spans they skip are the heading marker with
// its spacing (HN rules), web addresses (TH-03) and web-page residue (TH-02), as the role pass
// found them.
class PunctuationScope {
public:
    PunctuationScope(const CheckContext& context, std::uint32_t paragraph)
        : context_(context), paragraph_(paragraph), text_(context.document.paragraphs[paragraph].text) {}
    std::u16string_view text() const { return text_; }
    bool skipped(std::uint32_t pos) const { return skipped(pos, pos + 1); }
    bool skipped(std::uint32_t start, std::uint32_t end) const; // any position in [start, end)

private:
    const CheckContext& context_;
    std::uint32_t paragraph_;
    std::u16string_view text_;
};

// Han characters and the punctuation of Chinese text (full-width points, “”‘’…—).
bool isChineseText(char16_t c);
bool isAsciiDigit(char16_t c);
bool isAsciiLetter(char16_t c);
// A space inside a line: ASCII, ideographic or no-break. Inline: PN-08 asks it of every character.
inline bool isInlineSpace(char16_t c) { return c == u' ' || c == u'\u3000' || c == u'\u00A0'; }

// Where the points that end neither a heading nor a title (。，；： in either width; ？！ may stay,
// GB/T 15834-2011 B.3) begin in the run of them that ends at `end`, looking back no further than `from`.
std::uint32_t endPointsStart(std::u16string_view text, std::uint32_t from, std::uint32_t end);

// Replace [start, end) by `replacement`.
struct CharChange {
    std::uint32_t start = 0, end = 0;
    std::u16string replacement;
};

// The changes one finding proposes (a bracket pair is two changes).
using Proposal = std::vector<CharChange>;

// Whether proposals whose changes touch end to end become one finding ("?!", "２０２４") or stay
// apart (two bracket pairs side by side: "(党组)\"第一议题\"").
enum class Touching : std::uint8_t { Merge, Separate };

// Reports the proposals of one rule in one paragraph as findings with safe fixes. Proposals whose
// changes overlap are merged into one finding, so that a rule's fixes never overlap. The message
// patterns get {0} = the flagged text, {1} = the text as the fix leaves it.
void reportProposals(FindingSink& sink, std::uint32_t paragraph, std::u16string_view text,
                     std::vector<Proposal> proposals, std::string_view zhPattern, std::string_view enPattern,
                     Touching touching = Touching::Merge);

// What one punctuation rule proposes in one paragraph, reported as findings with safe fixes.
class ParagraphProposals {
public:
    ParagraphProposals(const CheckContext& context, std::uint32_t paragraph)
        : scope_(context, paragraph), paragraph_(paragraph) {}
    std::u16string_view text() const { return scope_.text(); }
    bool skipped(std::uint32_t pos) const { return scope_.skipped(pos); }

    // Replace [start, end) by `wanted` unless another rule owns part of it; the change covers only
    // what differs ("二0二四" → "二〇二四" changes one character).
    void propose(std::uint32_t start, std::uint32_t end, std::u16string_view wanted);
    // Changes that make one finding (both halves of a bracket pair); the caller checks skipped().
    void propose(Proposal proposal) { proposals_.push_back(std::move(proposal)); }

    // See reportProposals. Inline: most paragraphs have nothing to report.
    void report(FindingSink& sink, std::string_view zhPattern, std::string_view enPattern, Touching touching)
    {
        if (!proposals_.empty())
            reportProposals(sink, paragraph_, text(), std::move(proposals_), zhPattern, enPattern, touching);
    }

private:
    PunctuationScope scope_;
    std::uint32_t paragraph_;
    std::vector<Proposal> proposals_;
};

// The check of a punctuation rule that fixes what it finds: `scan(ParagraphProposals&)` proposes
// changes in each paragraph, which are then reported with the message patterns.
template <typename Scan>
void proposeInEachParagraph(const CheckContext& context, FindingSink& sink, std::string_view zhPattern,
                            std::string_view enPattern, Touching touching, Scan&& scan)
{
    const auto count = static_cast<std::uint32_t>(context.document.paragraphs.size());
    for (std::uint32_t paragraph = 0; paragraph < count; ++paragraph) {
        ParagraphProposals proposals(context, paragraph);
        scan(proposals);
        proposals.report(sink, zhPattern, enPattern, touching);
    }
}

} // namespace gw
