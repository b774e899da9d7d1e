// PN-12 invisible-chars: zero-width spaces, byte-order marks, soft hyphens, direction marks and
// control characters, usually pasted in from the web. Tabs and line breaks are layout, not noise.
#include "../punctuation.hpp"
#include "../unicode.hpp"

#include <unicode/utf16.h>

#include <cstdio>

namespace gw {
namespace {

// Format and control characters, but the tab and the line break.
const text::CharacterSet& invisibleCharacters()
{
    static const text::CharacterSet invisible(u"[[:Cf:][:Cc:]-[\\t\\n]]");
    return invisible;
}

// "U+200B U+FEFF": invisible text is named by its code points.
std::string codePoints(std::u16string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c;
        U16_NEXT(text.data(), i, text.size(), c);
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%sU+%04X", out.empty() ? "" : " ", static_cast<unsigned>(c));
        out += buffer;
    }
    return out;
}

class InvisibleChars final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-12", "invisible-chars", Severity::Warning, FixKind::Safe, "",
                                   "不可见字符", "Invisible characters"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const text::CharacterSet& invisible = invisibleCharacters();
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const std::u16string_view text = paragraphs[index].text;
            for (std::size_t start = invisible.find(text); start != std::u16string_view::npos;) {
                const std::size_t end = invisible.spanEnd(text, start);
                const auto from = static_cast<std::uint32_t>(start), length = static_cast<std::uint32_t>(end - start);
                const std::string codes = codePoints(text.substr(start, end - start));
                sink.report(index, from, length, formatMessage("不可见字符 {0}：应删除", {codes}),
                            formatMessage("Invisible character {0}: delete it", {codes}),
                            Fix{FixKind::Safe, {ReplaceText{index, from, length, {}}}});
                start = invisible.find(text, end);
            }
        }
    }
};

GW_REGISTER_RULE(InvisibleChars);

} // namespace
} // namespace gw
