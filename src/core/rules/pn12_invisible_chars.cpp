// PN-12 invisible-chars: zero-width spaces, byte-order marks, soft hyphens, direction marks and
// control characters, usually pasted in from the web. Tabs and line breaks are layout, not noise.
#include "../punctuation.hpp"
#include "../unicode.hpp"

#include <unicode/uchar.h>

#include <cstdio>

namespace gw {
namespace {

bool isInvisible(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_FORMAT_CHAR || type == U_CONTROL_CHAR;
}

std::string codePoints(std::u16string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = text[i++];
        if (c >= 0xD800 && c < 0xDC00 && i < text.size() && text[i] >= 0xDC00 && text[i] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i++] - 0xDC00);
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
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const std::u16string_view text = paragraphs[index].text;
            std::uint32_t i = 0;
            while (i < text.size()) {
                auto codePointAt = [&](std::uint32_t pos, std::uint32_t& length) -> char32_t {
                    const char16_t c = text[pos];
                    length = 1;
                    if (c >= 0xD800 && c < 0xDC00 && pos + 1 < text.size() && text[pos + 1] >= 0xDC00 && text[pos + 1] < 0xE000) {
                        length = 2;
                        return 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (text[pos + 1] - 0xDC00);
                    }
                    return c;
                };
                std::uint32_t length = 0;
                if (!isInvisible(codePointAt(i, length))) {
                    i += length;
                    continue;
                }
                std::uint32_t end = i + length;
                while (end < text.size() && isInvisible(codePointAt(end, length)))
                    end += length;
                const std::string codes = codePoints(text.substr(i, end - i));
                sink.report(index, i, end - i, formatMessage("不可见字符 {0}：应删除", {codes}),
                            formatMessage("Invisible character {0}: delete it", {codes}),
                            Fix{FixKind::Safe, {ReplaceText{index, i, end - i, {}}}});
                i = end;
            }
        }
    }
};

GW_REGISTER_RULE(InvisibleChars);

} // namespace
} // namespace gw
