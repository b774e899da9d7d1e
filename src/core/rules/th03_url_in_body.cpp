// TH-03 url-in-body: web addresses, e-mail addresses and QR-code captions in the body text.
#include "../hygiene.hpp"
#include "../phrase_list.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

// A paragraph that is nothing but the caption of a QR code ("扫描二维码关注公众号").
constexpr char16_t kQrCaption[] =
    u"^[\\s\\u3000]*(?:请|欢迎)?(?:用?微信)?(?:扫描|扫一扫|长按识别|长按|扫码)[^。；;]{0,24}$"
    u"|^[^。；;]{0,16}二维码[^。；;]{0,10}$";
// A QR-code caption in brackets inside a paragraph ("（扫码查看详情）").
constexpr char16_t kQrAside[] = u"[（(][^（）()]{0,20}(?:二维码|扫码|扫一扫)[^（）()]{0,20}[）)]";

// Every QR-code caption holds one of these words; most paragraphs hold none and skip the searches.
bool mentionsQrCode(std::u16string_view text)
{
    static const PhraseList words(u"二维码\n扫码\n扫一扫\n扫描\n长按");
    return words.occursIn(text);
}

class UrlInBody final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"TH-03", "url-in-body", Severity::Warning, FixKind::Confirm, "",
                                   "正文中的网址、邮箱或二维码说明", "Web address, e-mail or QR-code caption in the body"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        static const text::Pattern qrCaption(kQrCaption);
        static const text::Pattern qrAside(kQrAside);
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            if (context.structure.role(index).role == Role::Residue)
                continue; // TH-02 deletes it whole
            const std::u16string_view text = paragraphs[index].text;
            auto inResidue = [&](const TextSpan& span) {
                for (const TextSpan& r : context.structure.webResidue(index))
                    if (span.start < r.end && r.start < span.end)
                        return true;
                return false;
            };
            const bool qr = mentionsQrCode(text);
            if (qr) {
                if (!context.structure.headingAt(index) && qrCaption.lookingAt(text)) {
                    const std::string shown = text::toUtf8(text);
                    sink.report(index, 0, static_cast<std::uint32_t>(text.size()),
                                formatMessage("二维码说明“{0}”不应出现在正文中：整段应删除", {shown}),
                                formatMessage("QR-code caption \"{0}\" does not belong in the body: delete the paragraph",
                                              {shown}),
                                Fix{FixKind::Confirm, {RemoveParagraph{index}}});
                    continue;
                }
            }
            // What to cut, in text order; cuts that touch go in one fix so that fixes never overlap.
            struct Cut {
                TextSpan shown, deleted;
                bool qr;
            };
            std::vector<Cut> cuts;
            if (qr)
                for (const auto& match : qrAside.findAll(text))
                    cuts.push_back({{match.start, match.end}, {match.start, match.end}, true});
            for (const TextSpan& span : context.structure.webAddresses(index))
                cuts.push_back({span, withSettingSpace(text, span), false});
            std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.shown.start < b.shown.start; });
            std::vector<Cut> merged;
            for (const Cut& cut : cuts) {
                if (inResidue(cut.shown))
                    continue;
                if (!merged.empty() && merged.back().deleted.end >= cut.deleted.start) {
                    merged.back().shown.end = std::max(merged.back().shown.end, cut.shown.end);
                    merged.back().deleted.end = std::max(merged.back().deleted.end, cut.deleted.end);
                } else {
                    merged.push_back(cut);
                }
            }
            for (const Cut& cut : merged) {
                const std::string shown = text::toUtf8(text.substr(cut.shown.start, cut.shown.end - cut.shown.start));
                const bool mail = !cut.qr && shown.find('@') != std::string::npos;
                const char* zh = cut.qr ? "二维码说明“{0}”不应出现在正文中：应删除"
                                 : mail ? "正文中出现电子邮箱“{0}”：公文正文不应含邮箱地址，请删除或改写"
                                        : "正文中出现网址“{0}”：公文正文不应含网址，请删除或改写";
                const char* en = cut.qr ? "QR-code caption \"{0}\" does not belong in the body: delete it"
                                 : mail ? "E-mail address \"{0}\" in the body: delete or rephrase it"
                                        : "Web address \"{0}\" in the body: delete or rephrase it";
                sink.report(index, cut.shown.start, cut.shown.end - cut.shown.start, formatMessage(zh, {shown}),
                            formatMessage(en, {shown}),
                            Fix{FixKind::Confirm,
                                {ReplaceText{index, cut.deleted.start, cut.deleted.end - cut.deleted.start, {}}}});
            }
        }
    }
};

GW_REGISTER_RULE(UrlInBody);

} // namespace
} // namespace gw
