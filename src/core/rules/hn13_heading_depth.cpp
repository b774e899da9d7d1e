// HN-13 heading-depth: GB/T 9704-2012 gives four heading levels; "①" below them, or "①" as a
// standalone heading, goes beyond the norm.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <bitset>

namespace gw {
namespace {

class HeadingDepth final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-13", "heading-depth", Severity::Info, FixKind::None, "GB/T 9704-2012 §7.3.3",
                                   "标题层级超过四级", "More than four heading levels"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& headings = context.structure.headings();
        for (const Heading& heading : headings) {
            if (heading.marker.markerClass != MarkerClass::Circled || !heading.isOutlineHeading())
                continue;
            std::bitset<5> above;
            for (int i = heading.parent; i >= 0; i = headings[static_cast<std::size_t>(i)].parent)
                above.set(static_cast<std::size_t>(headings[static_cast<std::size_t>(i)].level()));
            const bool fifthLevel = above[1] && above[2] && above[3] && above[4];
            if (!heading.standalone && !fifthLevel)
                continue;
            const std::string shown = text::toUtf8(markerText(context.document, heading));
            const std::string excerpt = headingExcerpt(context.document, heading);
            if (fifthLevel)
                sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                            formatMessage("“{0}{1}”是第五级标题：公文结构层次序数只有“一、”“（一）”“1.”“（1）”四级"
                                          "（GB/T 9704-2012 §7.3.3），宜精简层级",
                                          {shown, excerpt}),
                            formatMessage("\"{0}{1}\" is a fifth heading level: GB/T 9704-2012 §7.3.3 has four "
                                          "(一、 （一） 1. （1）); consider flattening the structure",
                                          {shown, excerpt}));
            else
                sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                            formatMessage("“{0}{1}”把“{0}”用作独立标题：公文标题序号为“一、”“（一）”“1.”“（1）”"
                                          "（GB/T 9704-2012 §7.3.3），“①”只宜用于段内列举",
                                          {shown, excerpt}),
                            formatMessage("\"{0}{1}\" uses \"{0}\" as a standalone heading: heading markers are "
                                          "一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3); \"①\" belongs in running text",
                                          {shown, excerpt}));
        }
        // "（a）" and "方向1：" number headings in forms of their own.
        for (const NonStandardHeading& heading : context.structure.nonStandardHeadings()) {
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::string shown = text::toUtf8(text.substr(heading.start, heading.end - heading.start));
            const std::string expected = text::toUtf8(heading.expected);
            sink.report(heading.paragraph, heading.start, heading.end - heading.start,
                        formatMessage("“{0}”不是公文的结构层次序数：GB/T 9704-2012 §7.3.3 依次用“一、”“（一）”“1.”“（1）”，"
                                      "此处宜用“{1}”",
                                      {shown, expected}),
                        formatMessage("\"{0}\" is not one of the heading markers of GB/T 9704-2012 §7.3.3 (一、 （一） 1. "
                                      "（1））: use \"{1}\" here",
                                      {shown, expected}));
        }
    }
};

GW_REGISTER_RULE(HeadingDepth);

} // namespace
} // namespace gw
