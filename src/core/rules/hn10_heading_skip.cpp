// HN-10 heading-skip: a level is skipped ("一、" then "1."). Tolerated (info) when the whole
// document skips the same way and the profile allows it; a warning when the document mixes.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <array>
#include <bitset>

namespace gw {
namespace {

class HeadingSkip final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-10", "heading-skip", Severity::Info, FixKind::None, "GB/T 9704-2012 §7.3.3",
                                   "标题层级跳级", "A heading level is skipped"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& headings = context.structure.headings();
        auto parentOf = [&](const Heading& h) -> const Heading* {
            return h.parent < 0 ? nullptr : &headings[static_cast<std::size_t>(h.parent)];
        };
        // Which child levels each parent level has anywhere in the document.
        std::array<std::bitset<5>, 5> childLevels{};
        for (const Heading& heading : headings)
            if (const Heading* parent = parentOf(heading); parent && heading.isOutlineHeading() && heading.level() <= 4 && parent->level() <= 4)
                childLevels[static_cast<std::size_t>(parent->level())].set(static_cast<std::size_t>(heading.level()));

        for (const Heading& heading : headings) {
            const Heading* parent = parentOf(heading);
            // One finding per group of children: at the first child of its level.
            if (!parent || !heading.isOutlineHeading() || heading.level() > 4 || parent->level() > 4 || heading.level() <= parent->level() + 1 ||
                heading.siblingIndex != 1)
                continue;
            const bool mixed = childLevels[static_cast<std::size_t>(parent->level())].count() > 1;
            const std::string parentText = text::toUtf8(markerText(context.document, *parent));
            const std::string found = text::toUtf8(markerText(context.document, heading));
            const std::string skipped =
                text::toUtf8(canonicalMarker(static_cast<MarkerClass>(parent->level()), 1));
            const std::string zh = formatMessage("{0}标题“{1}”下直接用{2}标题“{3}”，跳过了{4}标题（如“{5}”）",
                                                 {levelNameZh(parent->level()), parentText, levelNameZh(heading.level()),
                                                  found, levelNameZh(parent->level() + 1), skipped});
            const std::string en = formatMessage("{0} heading \"{1}\" is followed directly by {2} heading \"{3}\", "
                                                 "skipping {4} (\"{5}\")",
                                                 {levelNameEn(parent->level()), parentText, levelNameEn(heading.level()),
                                                  found, levelNameEn(parent->level() + 1), skipped});
            Finding& finding = sink.report(
                heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                zh + (mixed ? "；本文有的部分跳级、有的不跳级，应统一（GB/T 9704-2012 §7.3.3 序号依次使用）"
                            : "；全文一致，短文可以接受（GB/T 9704-2012 §7.3.3 序号依次使用）"),
                en + (mixed ? "; the document skips in some sections and not in others: make it uniform "
                              "(GB/T 9704-2012 §7.3.3)"
                            : "; the whole document does so consistently, acceptable in a short document "
                              "(GB/T 9704-2012 §7.3.3)"));
            if (mixed || !context.config.options.allowSkipLevel)
                finding.severity = Severity::Warning;
        }
    }
};

GW_REGISTER_RULE(HeadingSkip);

} // namespace
} // namespace gw
