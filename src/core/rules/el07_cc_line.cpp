// EL-07 cc-line: "抄送：" with a full-width colon, and a "。" after the last name (GB/T 9704-2012
// §7.4.2). A half-width comma between the names is PN-01's finding, as anywhere in Chinese text.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class CcLine final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-07", "cc-line", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.4.2",
                                   "抄送：“抄送”后加全角冒号，最后一个抄送机关名称后标句号",
                                   "Copies to: a full-width colon after 抄送, a full stop after the last name"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Element* element : context.structure.elements().all(ElementKind::CopyTo)) {
            const std::uint32_t paragraph = element->first;
            const std::u16string_view text = context.document.paragraphs[paragraph].text;
            std::uint32_t start = 0;
            while (start < text.size() && text::isSpace(text[start]))
                ++start;
            if (text.substr(start, 2) != u"抄送")
                continue;
            auto colon = start + 2;
            while (colon < text.size() && text::isSpace(text[colon]))
                ++colon;
            if (colon >= text.size() || (text[colon] != u'：' && text[colon] != u':'))
                continue;
            if (text[colon] == u':')
                sink.report(paragraph, colon, 1, "“抄送”二字后加全角冒号：“:”应为“：”（GB/T 9704-2012 §7.4.2）",
                            "\"抄送\" takes a full-width colon: \":\" should be \"：\" (GB/T 9704-2012 §7.4.2)",
                            Fix{FixKind::Safe, {ReplaceText{paragraph, colon, 1, u"："}}});
            auto end = static_cast<std::uint32_t>(text.size());
            while (end > colon + 1 && text::isSpace(text[end - 1]))
                --end;
            if (end <= colon + 1 || text[end - 1] == u'。')
                continue;
            // A wrong point at the end becomes the full stop; else the full stop is added.
            const bool wrongPoint = std::u16string_view(u"；;，,.．、").find(text[end - 1]) != std::u16string_view::npos;
            const std::uint32_t at = wrongPoint ? end - 1 : end;
            const std::string shown = text::toUtf8(text.substr(at, end - at));
            sink.report(paragraph, wrongPoint ? at : colon + 1, wrongPoint ? 1 : end - colon - 1,
                        wrongPoint ? formatMessage("最后一个抄送机关名称后标句号：“{0}”应为“。”（GB/T 9704-2012 §7.4.2）", {shown})
                                   : std::string("最后一个抄送机关名称后标句号“。”（GB/T 9704-2012 §7.4.2）"),
                        wrongPoint ? formatMessage("The last name in the copies-to line is followed by a full stop: \"{0}\" "
                                                   "should be \"。\" (GB/T 9704-2012 §7.4.2)",
                                                   {shown})
                                   : std::string("The last name in the copies-to line is followed by a full stop \"。\" "
                                                 "(GB/T 9704-2012 §7.4.2)"),
                        Fix{FixKind::Safe, {ReplaceText{paragraph, at, end - at, u"。"}}});
        }
    }
};

GW_REGISTER_RULE(CcLine);

} // namespace
} // namespace gw
