// PG-06 page-number: page numbers in the footer as `— 1 —`, a page-number field between 一字线
// (GB/T 9704-2012 §7.5). The report profile centres them; formal puts odd pages' on the right
// and even pages' on the left, one character in from the type area's edge. The fix rebuilds
// the footer of the page style so (its earlier content goes); it is offered (C), as PG-01's:
// Writer cannot undo a page style change.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../unicode.hpp"


namespace gw {
namespace {

// One character in: 四号 is 4.9 mm, the body's 三号 5.6 mm; either is one 字.
bool oneCharacterIn(double indentMm) { return indentMm >= 3.5 && indentMm <= 6.5; }

struct Problem {
    const char* zh;
    const char* en;
};

// What is wrong with the style's page numbers for the profile, or nullptr.
const Problem* problemOf(const PageStyle& style, Profile profile)
{
    static const Problem kMissing{"页脚中没有页码", "has no page number in its footer"};
    static const Problem kShape{"页码不是“— 1 —”形式（数码左右各放一条一字线）",
                                "has page numbers not in the form `— 1 —` (一字线 on each side)"};
    static const Problem kNotCentred{"页码未居中", "has page numbers that are not centred"};
    static const Problem kNotOddEven{"页码未按单页居右空一字、双页居左空一字排布",
                                     "does not put odd pages' numbers right and even pages' left, one character in"};
    if (!style.footerOn || (style.footer.pageNumberAt < 0 && (style.footerShared || style.footerEven.pageNumberAt < 0)))
        return &kMissing;
    if (!isDashedPageNumber(style.footer) || (!style.footerShared && !isDashedPageNumber(style.footerEven)))
        return &kShape;
    if (profile == Profile::Formal) {
        const bool oddRight = style.footer.alignment == Alignment::Right && oneCharacterIn(style.footer.rightIndentMm);
        const bool evenLeft = style.footerEven.alignment == Alignment::Left && oneCharacterIn(style.footerEven.leftIndentMm);
        return !style.footerShared && oddRight && evenLeft ? nullptr : &kNotOddEven;
    }
    const bool centred = style.footer.alignment == Alignment::Center &&
                         (style.footerShared || style.footerEven.alignment == Alignment::Center);
    return centred ? nullptr : &kNotCentred;
}

class PageNumber final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-06", "page-number", Severity::Warning, FixKind::Confirm, "GB/T 9704-2012 §7.5",
                                   "页码格式不符合要求", "Page numbers are wrong"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Profile profile = context.config.profile;
        for (const PageStyle& style : context.document.pageStyles) {
            const Problem* problem = problemOf(style, profile);
            if (!problem)
                continue;
            const std::string name = text::toUtf8(style.name);
            const bool formal = profile == Profile::Formal;
            sink.report(style.firstParagraph, 0, 0,
                        formatMessage(formal ? "页面样式“{0}”{1}：页码用4号半角宋体阿拉伯数字，数码左右各放一条一字线，"
                                               "单页码居右空一字，双页码居左空一字（GB/T 9704-2012 §7.5）"
                                             : "页面样式“{0}”{1}：页码用4号半角宋体阿拉伯数字，数码左右各放一条一字线，"
                                               "居中（GB/T 9704-2012 §7.5；工作报告类）",
                                      {name, problem->zh}),
                        formatMessage(formal ? "Page style \"{0}\" {1}: page numbers are 四号 Song Arabic digits between "
                                               "一字线, odd pages right and even pages left, one character in "
                                               "(GB/T 9704-2012 §7.5)"
                                             : "Page style \"{0}\" {1}: page numbers are 四号 Song Arabic digits between "
                                               "一字线, centred (GB/T 9704-2012 §7.5; report profile)",
                                      {name, problem->en}),
                        Fix{FixKind::Confirm,
                            {SetPageNumberFooter{style.name, formal ? PageNumberPlacement::OddRightEvenLeft
                                                                    : PageNumberPlacement::Centred}}});
        }
    }
};

GW_REGISTER_RULE(PageNumber);

} // namespace
} // namespace gw
