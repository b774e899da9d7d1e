// PG-02 page-margins: the type area (版心) is 156 × 225 mm, 37 mm from the top and 28 mm from the
// left edge (GB/T 9704-2012 §5.2.1), so 35 mm remain at the bottom and 26 mm at the right; a
// local variant sets its own in the option pageMargins. ±1 mm as the standard allows. The fix is
// offered (C), as PG-01's: Writer cannot undo a page style change.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../unicode.hpp"

#include <cmath>

namespace gw {
namespace {

constexpr double kToleranceMm = 1;

class PageMarginsRule final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-02", "page-margins", Severity::Warning, FixKind::Confirm, "GB/T 9704-2012 §5.2.1",
                                   "页边距（版心）不符合要求", "Page margins (type area) are wrong"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const PageMargins& wanted = context.config.options.pageMargins;
        for (const PageStyle& style : context.document.pageStyles) {
            struct Side {
                double actual, wanted;
                PageProperty property;
                const char *zh, *en;
            };
            const Side sides[] = {{style.topMm, wanted.topMm, PageProperty::TopMm, "上", "top"},
                                  {style.bottomMm, wanted.bottomMm, PageProperty::BottomMm, "下", "bottom"},
                                  {style.leftMm, wanted.leftMm, PageProperty::LeftMm, "左", "left"},
                                  {style.rightMm, wanted.rightMm, PageProperty::RightMm, "右", "right"}};
            std::string foundZh, foundEn;
            Fix fix{FixKind::Confirm, {}};
            for (const Side& side : sides) {
                if (std::abs(side.actual - side.wanted) <= kToleranceMm)
                    continue;
                foundZh += std::string(foundZh.empty() ? "" : "，") + side.zh + " " + millimetres(side.actual) + " mm（应为 " +
                           millimetres(side.wanted) + "）";
                foundEn += std::string(foundEn.empty() ? "" : ", ") + side.en + " " + millimetres(side.actual) +
                           " mm (should be " + millimetres(side.wanted) + ")";
                fix.edits.push_back(SetPageStyleProperty{style.name, side.property, side.wanted});
            }
            if (fix.edits.empty())
                continue;
            const std::string name = text::toUtf8(style.name);
            sink.report(style.firstParagraph, 0, 0,
                        formatMessage("页面样式“{0}”的页边距：{1}；版心应为 156 × 225 mm，天头 37 mm、订口 28 mm"
                                      "（GB/T 9704-2012 §5.2.1）",
                                      {name, foundZh}),
                        formatMessage("Page style \"{0}\" margins: {1}; the type area is 156 × 225 mm, 37 mm from the top "
                                      "and 28 mm from the left edge (GB/T 9704-2012 §5.2.1)",
                                      {name, foundEn}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(PageMarginsRule);

} // namespace
} // namespace gw
