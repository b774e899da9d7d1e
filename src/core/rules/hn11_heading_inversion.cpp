// HN-11 heading-inversion: a higher marker used under a lower one ("（一）" inside a "1."
// section).
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class HeadingInversion final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-11", "heading-inversion", Severity::Error, FixKind::None,
                                   "GB/T 15834-2011 附录B.3", "不得在低层级序号下使用高层级序号",
                                   "A higher-level marker is used under a lower-level one"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& headings = context.structure.headings();
        for (const Heading& heading : headings) {
            if (!heading.inverted || !heading.confident)
                continue;
            const Heading& lower = headings[static_cast<std::size_t>(heading.inversionOf)];
            const std::string found = text::toUtf8(markerText(context.document, heading));
            const std::string lowerText = text::toUtf8(markerText(context.document, lower));
            sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                        formatMessage("{0}标题“{1}”出现在{2}标题“{3}”之下：不得在低层级序号下使用高层级序号"
                                      "（GB/T 15834-2011 附录B.3）",
                                      {levelNameZh(heading.level()), found, levelNameZh(lower.level()), lowerText}),
                        formatMessage("{0} marker \"{1}\" comes under {2} marker \"{3}\": a higher marker must not be "
                                      "used under a lower one (GB/T 15834-2011 B.3)",
                                      {levelNameEn(heading.level()), found, levelNameEn(lower.level()), lowerText}));
        }
    }
};

GW_REGISTER_RULE(HeadingInversion);

} // namespace
} // namespace gw
