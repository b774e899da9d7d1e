// EL-05 attachment-note: the 附件说明 is "附件：" with a full-width colon and the names; several
// attachments are numbered "1." "2." (not "1、" "（1）"), and no name is followed by a point
// (GB/T 9704-2012 §7.3.4). Continuation lines aligned under the first name are a matter of
// layout, which plain text does not carry.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class AttachmentNote final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-05", "attachment-note", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.3.4",
                                   "附件说明：“附件：”加附件名称，多个附件用“1.”“2.”标注顺序号，名称后不加标点",
                                   "The attachment note: 附件： with the names, numbered 1. 2., no point after a name"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const DocumentElements& elements = context.structure.elements();
        const Element* note = elements.find(ElementKind::AttachmentNote);
        if (!note || !note->confident())
            return;
        const std::u16string_view first = context.document.paragraphs[note->first].text;
        if (const std::size_t colon = first.find_first_of(u"：:"); colon != std::u16string_view::npos && first[colon] == u':')
            sink.report(note->first, static_cast<std::uint32_t>(colon), 1,
                        "附件说明中“附件”二字后标全角冒号：“:”应为“：”（GB/T 9704-2012 §7.3.4）",
                        "The attachment note puts a full-width colon after 附件: \":\" should be \"：\" (GB/T 9704-2012 §7.3.4)",
                        Fix{FixKind::Safe, {ReplaceText{note->first, static_cast<std::uint32_t>(colon), 1, u"："}}});
        for (const AttachmentName& name : elements.attachmentNames) {
            const std::u16string_view text = context.document.paragraphs[name.paragraph].text;
            if (name.number > 0) {
                const std::u16string_view marker = text.substr(name.numberStart, name.numberEnd - name.numberStart);
                const char16_t separator = marker.back();
                if (separator != u'.' && separator != u'．') {
                    const std::u16string wanted = text::fromUtf8(std::to_string(name.number)) + context.structure.arabicDot();
                    sink.report(name.paragraph, name.numberStart, name.numberEnd - name.numberStart,
                                formatMessage("附件顺序号用阿拉伯数字加点标注：“{0}”应为“{1}”（GB/T 9704-2012 §7.3.4）",
                                              {text::toUtf8(marker), text::toUtf8(wanted)}),
                                formatMessage("Attachments are numbered with an Arabic numeral and a dot: \"{0}\" should be "
                                              "\"{1}\" (GB/T 9704-2012 §7.3.4)",
                                              {text::toUtf8(marker), text::toUtf8(wanted)}),
                                Fix{FixKind::Safe, {minimalReplacement(name.paragraph, name.numberStart, marker, wanted)}});
                }
            }
            if (name.pointsEnd > name.nameEnd && name.nameEnd > name.nameStart) {
                const std::string points = text::toUtf8(text.substr(name.nameEnd, name.pointsEnd - name.nameEnd));
                const std::string shown = text::toUtf8(text.substr(name.nameStart, name.nameEnd - name.nameStart));
                sink.report(name.paragraph, name.nameEnd, name.pointsEnd - name.nameEnd,
                            formatMessage("附件名称“{0}”后不加标点：应删除“{1}”（GB/T 9704-2012 §7.3.4）", {shown, points}),
                            formatMessage("No point follows the attachment name \"{0}\": delete \"{1}\" (GB/T 9704-2012 §7.3.4)",
                                          {shown, points}),
                            Fix{FixKind::Safe, {ReplaceText{name.paragraph, name.nameEnd, name.pointsEnd - name.nameEnd, u""}}});
            }
        }
    }
};

GW_REGISTER_RULE(AttachmentNote);

} // namespace
} // namespace gw
