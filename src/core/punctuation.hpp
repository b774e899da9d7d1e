// What the punctuation rules (PN) share: the parts of a paragraph they leave to other rules, the
// character classes of Chinese text, and turning character changes into findings whose fixes
// never touch one another.
#pragma once

#include "edit.hpp"
#include "hygiene.hpp"
#include "rule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gw {

// One paragraph as the punctuation rules see it. The spans they skip are worked out on first
// use, since most paragraphs give a rule nothing to look at: the heading marker with its spacing
// (HN rules), web addresses (TH-03) and web-page residue (TH-02).
class PunctuationScope {
public:
    PunctuationScope(const CheckContext& context, std::uint32_t paragraph);
    std::u16string_view text() const { return text_; }
    bool skipped(std::uint32_t pos);
    bool skipped(std::uint32_t start, std::uint32_t end); // any position in [start, end)

private:
    const CheckContext& context_;
    std::uint32_t paragraph_;
    std::u16string_view text_;
    std::optional<std::vector<TextSpan>> spans_;
};

// Han characters and the punctuation of Chinese text (full-width points, “”‘’…—).
bool isChineseText(char16_t c);
bool isAsciiDigit(char16_t c);
bool isAsciiLetter(char16_t c);

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

} // namespace gw
