// HN-15 single-child: a parent heading with exactly one child ("（一）" without "（二）"):
// numbering one item only is pointless.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class SingleChild final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-15", "single-child", Severity::Info, FixKind::None, "",
                                   "上级标题下只有一个下级标题", "A parent heading has a single child"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Structure& structure = context.structure;
        const auto& headings = structure.headings();
        for (const Heading& heading : headings) {
            if (heading.parent < 0 || heading.level() > 4 || structure.childCount(heading.parent) != 1)
                continue;
            const Heading& parent = headings[static_cast<std::size_t>(heading.parent)];
            const std::string parentText = text::toUtf8(markerText(context.document, parent));
            const std::string found = text::toUtf8(markerText(context.document, heading));
            const std::string next = text::toUtf8(canonicalMarker(heading.marker.markerClass, heading.marker.number + 1,
                                                                  structure.arabicDot() == u'．'));
            sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                        formatMessage("“{0}”下只有一个下级标题“{1}”，没有“{2}”：只有一项时可不设下级序号，或补充其他项",
                                      {parentText, found, next}),
                        formatMessage("\"{0}\" has a single child heading \"{1}\" and no \"{2}\": drop the child "
                                      "marker or add the missing items",
                                      {parentText, found, next}));
        }
    }
};

GW_REGISTER_RULE(SingleChild);

} // namespace
} // namespace gw
