// PG-01 page-size: every page style the body uses is A4 portrait, 210 × 297 mm ±1 mm
// (GB/T 9704-2012 §5.1). A style of another size, or landscape, is set to A4 portrait. Its fix
// is offered (C), not applied by fix-all: Writer cannot undo a page style change made through the
// API and empties its undo history instead (adapter.hxx); 公文排版 applies it.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../unicode.hpp"

#include <cmath>

namespace gw {
namespace {

constexpr double kWidthMm = 210, kHeightMm = 297, kToleranceMm = 1;

class PageSize final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-01", "page-size", Severity::Error, FixKind::Confirm, "GB/T 9704-2012 §5.1",
                                   "纸张不是A4纵向", "Paper is not A4 portrait"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const PageStyle& style : context.document.pageStyles) {
            if (std::abs(style.widthMm - kWidthMm) <= kToleranceMm && std::abs(style.heightMm - kHeightMm) <= kToleranceMm)
                continue;
            const std::string name = text::toUtf8(style.name);
            const std::string size = millimetres(style.widthMm) + " × " + millimetres(style.heightMm);
            sink.report(style.firstParagraph, 0, 0,
                        formatMessage("页面样式“{0}”的纸张为 {1} mm，公文用纸应为A4纵向 210 × 297 mm（GB/T 9704-2012 §5.1）",
                                      {name, size}),
                        formatMessage("Page style \"{0}\" is {1} mm; official documents are printed on A4 portrait, "
                                      "210 × 297 mm (GB/T 9704-2012 §5.1)",
                                      {name, size}),
                        Fix{FixKind::Confirm,
                            {SetPageStyleProperty{style.name, PageProperty::WidthMm, kWidthMm},
                             SetPageStyleProperty{style.name, PageProperty::HeightMm, kHeightMm}}});
        }
    }
};

GW_REGISTER_RULE(PageSize);

} // namespace
} // namespace gw
