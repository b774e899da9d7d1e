// EL-06 attachment-match: the attachments named in the 附件说明 are the attachment pages, in number,
// order and title (GB/T 9704-2012 §7.3.7: 附件顺序号和附件标题应当与附件说明的表述一致). Only pages
// labelled "附件" or "附件N" are compared; a document whose attachments are not in it (sent as
// files of their own) says nothing about them.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

std::u16string withoutSpaces(std::u16string_view text)
{
    std::u16string out;
    for (char16_t c : text)
        if (!text::isSpace(c))
            out += c;
    return out;
}

class AttachmentMatch final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-06", "attachment-match", Severity::Warning, FixKind::None, "GB/T 9704-2012 §7.3.7",
                                   "附件顺序号和附件标题与附件说明一致",
                                   "The attachments match the attachment note in number, order and title"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const DocumentElements& elements = context.structure.elements();
        const Element* note = elements.find(ElementKind::AttachmentNote);
        std::vector<const AttachmentPart*> parts;
        for (const AttachmentPart& part : elements.attachmentParts)
            if (part.label)
                parts.push_back(&part);
        if (!note || !note->confident() || parts.empty())
            return;
        const auto& names = elements.attachmentNames;
        const auto& paragraphs = context.document.paragraphs;
        if (names.size() != parts.size()) {
            const std::string counts[] = {std::to_string(names.size()), std::to_string(parts.size())};
            sink.report(note->first, 0, static_cast<std::uint32_t>(paragraphs[note->first].text.size()),
                        formatMessage("附件说明列出{0}个附件，文中有{1}个附件（GB/T 9704-2012 §7.3.7）", {counts[0], counts[1]}),
                        formatMessage("The attachment note names {0} attachments; the document has {1} "
                                      "(GB/T 9704-2012 §7.3.7)",
                                      {counts[0], counts[1]}));
            return;
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            const AttachmentName& name = names[i];
            const AttachmentPart& part = *parts[i];
            const std::u16string_view nameText =
                std::u16string_view(paragraphs[name.paragraph].text).substr(name.nameStart, name.nameEnd - name.nameStart);
            const std::string shownName = text::toUtf8(nameText);
            const bool numbered = names.size() > 1;
            if (numbered && name.number > 0 && part.number > 0 && name.number != part.number) {
                const std::string labelled = std::to_string(part.number);
                sink.report(*part.label, 0, static_cast<std::uint32_t>(paragraphs[*part.label].text.size()),
                            formatMessage("附件顺序号与附件说明不一致：附件说明第{0}项，此处标为“附件{1}”（GB/T 9704-2012 §7.3.7）",
                                          {std::to_string(i + 1), labelled}),
                            formatMessage("The attachment number does not match the note: item {0} of the note, labelled "
                                          "\"附件{1}\" here (GB/T 9704-2012 §7.3.7)",
                                          {std::to_string(i + 1), labelled}));
                continue;
            }
            if (!part.title)
                continue;
            const std::u16string_view title = paragraphs[*part.title].text;
            if (withoutSpaces(title) == withoutSpaces(nameText))
                continue;
            sink.report(*part.title, 0, static_cast<std::uint32_t>(title.size()),
                        formatMessage("附件标题与附件说明不一致：附件说明为“{0}”（GB/T 9704-2012 §7.3.7）", {shownName}),
                        formatMessage("The attachment's title does not match the attachment note, which names \"{0}\" "
                                      "(GB/T 9704-2012 §7.3.7)",
                                      {shownName}));
        }
    }
};

GW_REGISTER_RULE(AttachmentMatch);

} // namespace
} // namespace gw
