// HF-04 fake-indent: spaces typed at the start of a paragraph to indent its first line. The
// paragraph's first-line indent (2 characters) does that and survives font and size changes.
// Plain-text input is left alone: there spaces are the only indent there is. Centred and
// right-aligned paragraphs, the spaces after a Writer list label (HN-07), and runs of spaces
// wider than 4 characters (signatures and dates pushed right: no indent, and the fix would
// move them) are not indents. Nor is the space before a 版记 line (抄送：…, …印发): GB/T 9704-2012
// §7.4 sets those 左空一字, they are not body paragraphs.
#include "../line_kinds.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

constexpr double kMaxIndentChars = 4;

class FakeIndent final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HF-04", "fake-indent", Severity::Warning, FixKind::Safe, "",
                                   "用空格代替首行缩进", "Spaces used as first-line indent", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const Paragraph& paragraph = paragraphs[index];
            if (paragraph.runs.empty() || !paragraph.listLabel.empty() || paragraph.container != Container::Body ||
                paragraph.alignment == Alignment::Center || paragraph.alignment == Alignment::Right)
                continue;
            const std::u16string_view text = paragraph.text;
            std::uint32_t spaces = 0;
            double widthChars = 0; // in Chinese characters: a half-width space is half of one
            while (spaces < text.size() && text::isSpace(text[spaces])) {
                const char16_t c = text[spaces++];
                widthChars += c == u'\u3000' ? 1 : c == u'\t' ? 2 : 0.5;
            }
            if (spaces == 0 || spaces == text.size() || widthChars > kMaxIndentChars ||
                readLine(text).kind == LineKind::Imprint)
                continue;
            const std::string count = std::to_string(spaces);
            sink.report(index, 0, spaces,
                        formatMessage("段首用{0}个空格缩进：应删除空格，改用段落格式的首行缩进2字符", {count}),
                        formatMessage("The paragraph is indented with {0} typed spaces: remove them and use a "
                                      "first-line indent of 2 characters",
                                      {count}),
                        Fix{FixKind::Safe, {ReplaceText{index, 0, spaces, u""},
                                            SetParagraphProperty{index, ParagraphProperty::FirstLineIndentChars, 2}}});
        }
    }
};

GW_REGISTER_RULE(FakeIndent);

} // namespace
} // namespace gw
