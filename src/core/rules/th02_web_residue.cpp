// TH-02 web-residue: text of the web page a document was copied from (推荐访问…, 版权所有…, site
// headers, ICP numbers, 当前隐藏内容免费查看 inside a sentence, the site's 下载 / 打印 / 【字号：… /
// 来源：… lines above and below the text). The fix deletes the span, or the paragraph when it
// holds nothing else.
#include "../hygiene.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

constexpr std::size_t kQuoteLength = 24; // characters of the residue quoted in a message

std::string quote(std::u16string_view text)
{
    while (!text.empty() && text::isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && text::isSpace(text.back()))
        text.remove_suffix(1);
    if (text.size() <= kQuoteLength)
        return text::toUtf8(text);
    return text::toUtf8(text.substr(0, kQuoteLength)) + "…";
}

class WebResidueRule final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"TH-02", "web-residue", Severity::Error, FixKind::Confirm, "",
                                   "网页残留内容", "Text left over from a web page"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const std::u16string_view text = paragraphs[index].text;
            if (context.structure.role(index).role == Role::Residue) {
                const std::string shown = quote(text);
                sink.report(index, 0, static_cast<std::uint32_t>(text.size()),
                            formatMessage("网页残留内容“{0}”：整段应删除", {shown}),
                            formatMessage("Text left over from a web page, \"{0}\": delete the paragraph", {shown}),
                            Fix{FixKind::Confirm, {RemoveParagraph{index}}});
                continue;
            }
            // Residue spans whose deletions touch go in one fix, so that the fixes never overlap.
            std::vector<std::pair<TextSpan, TextSpan>> cuts; // (residue, what its fix deletes)
            for (const TextSpan& span : context.structure.webResidue(index)) {
                const TextSpan deleted = withSettingSpace(text, span);
                if (!cuts.empty() && cuts.back().second.end >= deleted.start) {
                    cuts.back().first.end = span.end;
                    cuts.back().second.end = std::max(cuts.back().second.end, deleted.end);
                } else {
                    cuts.emplace_back(span, deleted);
                }
            }
            for (const auto& [span, deleted] : cuts) {
                const std::string shown = quote(text.substr(span.start, span.end - span.start));
                sink.report(index, span.start, span.end - span.start,
                            formatMessage("网页残留内容“{0}”：应删除", {shown}),
                            formatMessage("Text left over from a web page, \"{0}\": delete it", {shown}),
                            Fix{FixKind::Confirm, {ReplaceText{index, deleted.start, deleted.end - deleted.start, {}}}});
            }
        }
    }
};

GW_REGISTER_RULE(WebResidueRule);

} // namespace
} // namespace gw
