// HF-03 outline-level: a recognised standalone heading carries its outline level, so that the
// Navigator, the table of contents and PDF bookmarks see it. Run-in headings are left alone
// (the outline would show their whole paragraph of body text), as are numbered clauses
// (Heading::clause: sentences with nothing under them), and so is plain-text input,
// which has no outline to set.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class OutlineLevel final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HF-03", "outline-level", Severity::Warning, FixKind::Safe, "",
                                   "标题未设大纲级别", "Heading has no outline level", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Paragraph& paragraph = context.document.paragraphs[heading.paragraph];
            if (heading.level() > 4 || !heading.isOutlineHeading() || !heading.standalone || heading.clause || paragraph.runs.empty() || paragraph.outlineLevel != 0)
                continue;
            // The outline level is the heading's depth in the tree, not its marker's level: a
            // document whose top headings are "1." starts the Navigator at level 1, and "1." right
            // under "一、" is level 2.
            int depth = 1;
            for (int parent = heading.parent; parent >= 0; parent = context.structure.headings()[static_cast<std::size_t>(parent)].parent)
                ++depth;
            const std::string excerpt = headingExcerpt(context.document, heading);
            const std::string level = std::to_string(depth);
            const std::string shown = text::toUtf8(markerText(context.document, heading)) + excerpt;
            sink.report(heading.paragraph, heading.marker.start, heading.headingEnd - heading.marker.start,
                        formatMessage("{0}标题“{1}”没有大纲级别，导航、目录和PDF书签都看不到它：应设为大纲{2}级",
                                      {levelNameZh(heading.level()), shown, level}),
                        formatMessage("{0} heading \"{1}\" has no outline level, so the Navigator, the table of "
                                      "contents and PDF bookmarks cannot see it: set outline level {2}",
                                      {levelNameEn(heading.level()), shown, level}),
                        Fix{FixKind::Safe, {SetParagraphProperty{heading.paragraph, ParagraphProperty::OutlineLevel,
                                                                 static_cast<double>(depth)}}});
        }
    }
};

GW_REGISTER_RULE(OutlineLevel);

} // namespace
} // namespace gw
