// EL-08 signature-date: the 发文机关署名, then the 成文日期 on the next line, after the body (and
// the 附件说明) (GB/T 9704-2012 §7.3.5). Reported: a 成文日期 set between the title and the body, one
// set above the 署名 instead of under it, and in the `formal` profile a 公文 whose 成文日期 is missing.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

class SignatureDate final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-08", "signature-date", Severity::Warning, FixKind::None, "GB/T 9704-2012 §7.3.5",
                                   "正文（或附件说明）之后为发文机关署名，其下一行为成文日期",
                                   "The signature, then the date of issue on the next line, come after the body"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const DocumentElements& elements = context.structure.elements();
        const Element* body = elements.find(ElementKind::Body);
        const std::vector<const Element*> dates = elements.all(ElementKind::Date);
        const auto& paragraphs = context.document.paragraphs;
        for (const Element* date : dates) {
            if (!body || !date->confident() || date->first >= body->first)
                continue;
            const std::string shown = text::toUtf8(paragraphs[date->first].text);
            sink.report(date->first, 0, static_cast<std::uint32_t>(paragraphs[date->first].text.size()),
                        formatMessage("成文日期“{0}”应在正文之后、发文机关署名之下（GB/T 9704-2012 §7.3.5）", {shown}),
                        formatMessage("The date of issue \"{0}\" belongs after the body, under the signature "
                                      "(GB/T 9704-2012 §7.3.5)",
                                      {shown}));
        }
        // The 署名 set under the date instead of above it.
        const Element* signature = elements.find(ElementKind::Signature);
        for (const Element* date : dates) {
            if (!signature || !date->confident() || !body || date->first < body->first || date->first > signature->first)
                continue;
            const std::string shown = text::toUtf8(paragraphs[date->first].text);
            sink.report(date->first, 0, static_cast<std::uint32_t>(paragraphs[date->first].text.size()),
                        formatMessage("成文日期“{0}”应在发文机关署名的下一行（GB/T 9704-2012 §7.3.5）", {shown}),
                        formatMessage("The date of issue \"{0}\" goes on the line under the signature (GB/T 9704-2012 §7.3.5)",
                                      {shown}));
        }
        if (context.config.profile != Profile::Formal || !dates.empty() || !body)
            return;
        // Only a 公文 is held to it: one with a 版头 or a 主送机关.
        const bool formal = std::any_of(elements.elements.begin(), elements.elements.end(), [](const Element& e) {
            return e.confident() && (e.kind == ElementKind::DocNumber || e.kind == ElementKind::IssuerMark ||
                                     e.kind == ElementKind::Addressee);
        });
        if (!formal)
            return;
        const std::uint32_t at = signature ? signature->first : body->last;
        sink.report(at, 0, static_cast<std::uint32_t>(paragraphs[at].text.size()),
                    signature ? std::string("发文机关署名之下缺少成文日期（GB/T 9704-2012 §7.3.5）")
                              : std::string("公文缺少发文机关署名和成文日期（GB/T 9704-2012 §7.3.5）"),
                    signature ? std::string("The date of issue is missing under the signature (GB/T 9704-2012 §7.3.5)")
                              : std::string("The document has no signature and no date of issue (GB/T 9704-2012 §7.3.5)"));
    }
};

GW_REGISTER_RULE(SignatureDate);

} // namespace
} // namespace gw
