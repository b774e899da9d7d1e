// PG-05 title-format: the title is 2号 小标宋, centred (GB/T 9704-2012 §7.3.1). 小标宋 goes by
// several names; the option titleFonts lists those accepted besides any 小标宋 (华文中宋 by
// default), the first being what the fix sets. The size is HF-02's. Only a confidently
// recognised title is touched.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class TitleFormat final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-05", "title-format", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §7.3.1",
                                   "标题不是小标宋或未居中", "Title is not in 小标宋 or not centred", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        if (!layoutKnown(document))
            return;
        const Options& options = context.config.options;
        for (const std::uint32_t line : context.structure.titleLines()) {
            const Paragraph& paragraph = document.paragraphs[line];
            const ParagraphRole& role = context.structure.role(line);
            if (paragraph.runs.empty() || paragraph.container != Container::Body || role.role != Role::Title ||
                !role.confident)
                continue;
            auto end = static_cast<std::uint32_t>(paragraph.text.size());
            while (end > 0 && text::isSpace(paragraph.text[end - 1]))
                --end;
            std::u16string_view wrongFont;
            for (std::uint32_t pos = 0; pos < end && wrongFont.empty(); ++pos) {
                const TextRun* run = text::isHan(paragraph.text[pos]) ? runAt(paragraph, pos) : nullptr;
                if (run && !run->fontAsian.empty() && !isTitleFont(run->fontAsian, options))
                    wrongFont = run->fontAsian;
            }
            const bool centred = paragraph.alignment == Alignment::Center;
            if (wrongFont.empty() && centred)
                continue;
            Fix fix{FixKind::Safe, {}};
            std::string foundZh, foundEn;
            if (!wrongFont.empty()) {
                fix.edits.push_back(SetCharProperty{line, 0, end, CharProperty::FontAsian,
                                                    text::fromUtf8(options.titleFonts.front()), 0});
                foundZh = "字体为“" + text::toUtf8(wrongFont) + "”";
                foundEn = "is set in \"" + text::toUtf8(wrongFont) + "\"";
            }
            if (!centred) {
                fix.edits.push_back(SetParagraphProperty{line, ParagraphProperty::Alignment,
                                                         static_cast<double>(static_cast<int>(Alignment::Center))});
                foundZh += std::string(foundZh.empty() ? "" : "，") + "未居中";
                foundEn += std::string(foundEn.empty() ? "" : " and ") + "is not centred";
            }
            const std::string title = text::toUtf8(std::u16string_view(paragraph.text).substr(0, end));
            sink.report(line, 0, end,
                        formatMessage("标题“{0}”{1}：标题一般用2号小标宋体字，居中排布（GB/T 9704-2012 §7.3.1）",
                                      {title, foundZh}),
                        formatMessage("Title \"{0}\" {1}: the title is set in 2号 小标宋, centred (GB/T 9704-2012 §7.3.1)",
                                      {title, foundEn}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(TitleFormat);

} // namespace
} // namespace gw
