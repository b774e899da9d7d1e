// HP-03 title-punct: the document title ends without a point (？ and ！ are allowed).
#include "../punctuation.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class TitlePunct final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HP-03", "title-punct", Severity::Error, FixKind::Safe, "GB/T 15834-2011 附录B.3",
                                   "标题末尾不加标点", "The title ends without a point"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        // The point would end the title's last line.
        const std::vector<std::uint32_t> lines = context.structure.titleLines();
        if (lines.empty())
            return;
        const std::optional<std::uint32_t> title = lines.back();
        const std::u16string_view text = context.document.paragraphs[*title].text;
        auto end = static_cast<std::uint32_t>(text.size());
        while (end > 0 && text::isSpace(text[end - 1]))
            --end;
        const std::uint32_t start = endPointsStart(text, 0, end);
        if (start == end || start == 0)
            return;
        const std::string found = text::toUtf8(text.substr(start, end - start));
        const std::string shown = text::toUtf8(text.substr(0, start));
        sink.report(*title, start, end - start,
                    formatMessage("标题“{0}”末尾不加标点：应删除“{1}”（问号、叹号除外；GB/T 15834-2011 附录B.3）",
                                  {shown, found}),
                    formatMessage("Title \"{0}\" ends with \"{1}\": a title takes no end point except ？ or ！ "
                                  "(GB/T 15834-2011 B.3)",
                                  {shown, found}),
                    Fix{FixKind::Safe, {ReplaceText{*title, start, end - start, u""}}});
    }
};

GW_REGISTER_RULE(TitlePunct);

} // namespace
} // namespace gw
