// HN-14 auto-numbered-heading: a heading numbered by Writer's list numbering whose label breaks
// the marker rules (form, dot, sequence). The label is not text, so the text rules cannot fix
// it; the fix types the correct marker into the text and switches the numbering off.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class AutoNumberedHeading final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-14", "auto-numbered-heading", Severity::Warning, FixKind::Confirm,
                                   "GB/T 9704-2012 §7.3.3", "自动编号的标题序号不规范",
                                   "Writer-numbered heading label breaks the marker rules"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Options& options = context.config.options;
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (!marker.fromListLabel || heading.level() > 4)
                continue;
            const Paragraph& paragraph = context.document.paragraphs[heading.paragraph];
            std::u16string_view label = paragraph.listLabel;
            while (!label.empty() && text::isSpace(label.back()))
                label.remove_suffix(1);
            while (!label.empty() && text::isSpace(label.front()))
                label.remove_prefix(1);

            const bool fullDot = context.structure.arabicDot() == u'．';
            bool formOk = label == canonicalMarker(marker.markerClass, marker.number, fullDot);
            // Unless a dot is pinned, either dot is a correct level-3 label.
            if (!formOk && marker.markerClass == MarkerClass::ArabicNumeral && options.arabicDot == ArabicDot::Either)
                formOk = label == canonicalMarker(marker.markerClass, marker.number, !fullDot);
            const bool sequenceOk = marker.number == heading.siblingIndex;
            if (formOk && sequenceOk)
                continue;

            const std::u16string expected = canonicalMarker(marker.markerClass, heading.siblingIndex, fullDot);
            const std::string found = text::toUtf8(label), expectedUtf8 = text::toUtf8(expected);
            const char* problem = !formOk ? "写法不规范" : "序号不连续";
            const char* problemEn = !formOk ? "has the wrong form" : "is out of sequence";
            sink.report(heading.paragraph, 0, 0,
                        formatMessage("自动编号的{0}标题序号“{1}”{2}，应为“{3}”（GB/T 9704-2012 §7.3.3）。"
                                      "编号来自列表格式而非文字：修复将把“{3}”写入正文并关闭该段的自动编号",
                                      {levelNameZh(heading.level()), found, problem, expectedUtf8}),
                        formatMessage("Writer-numbered {0} label \"{1}\" {2}; it should be \"{3}\" "
                                      "(GB/T 9704-2012 §7.3.3). The label is list formatting, not text: the fix "
                                      "types \"{3}\" into the paragraph and switches its numbering off",
                                      {levelNameEn(heading.level()), found, problemEn, expectedUtf8}),
                        Fix{FixKind::Confirm,
                            {ReplaceText{heading.paragraph, 0, 0, expected},
                             SetParagraphProperty{heading.paragraph, ParagraphProperty::NumberingOff, 0}}});
        }
    }
};

GW_REGISTER_RULE(AutoNumberedHeading);

} // namespace
} // namespace gw
