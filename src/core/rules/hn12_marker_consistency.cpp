// HN-12 marker-consistency: one heading level written in two styles in one document. The wrong
// typed forms already have their own rules (HN-01…HN-06); what is left is a level typed by hand
// in some places and numbered by Writer's list numbering in others, so that numbering drifts
// and the two kinds look and behave differently. The minority style is reported.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <array>

namespace gw {
namespace {

class MarkerConsistency final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-12", "marker-consistency", Severity::Warning, FixKind::Safe, "",
                                   "同级标题序号写法应全文一致", "One heading level, one marker style"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& headings = context.structure.headings();
        std::array<int, 6> typed{}, numbered{};
        for (const Heading& heading : headings)
            ++(heading.marker.fromListLabel ? numbered : typed)[static_cast<std::size_t>(heading.level())];

        for (const Heading& heading : headings) {
            const auto level = static_cast<std::size_t>(heading.level());
            if (level > 4 || typed[level] == 0 || numbered[level] == 0)
                continue;
            // On a tie typed text wins: it survives every export and copy.
            const bool labelsAreMinority = numbered[level] <= typed[level];
            if (heading.marker.fromListLabel != labelsAreMinority)
                continue;
            const std::string shown = text::toUtf8(markerText(context.document, heading));
            const std::string counts = std::to_string(typed[level]) + "/" + std::to_string(numbered[level]);
            if (labelsAreMinority) {
                // Typing the label as text matches the rest of the level.
                const std::u16string typedMarker =
                    canonicalMarker(heading.marker.markerClass, heading.marker.number, context.structure.arabicDot() == u'．');
                sink.report(heading.paragraph, 0, 0,
                            formatMessage("{0}标题“{1}”用的是自动编号，而本文其余{0}标题是手工输入的序号（手工/自动 {2}）："
                                          "应统一为手工输入的“{3}”",
                                          {levelNameZh(heading.level()), shown, counts, text::toUtf8(typedMarker)}),
                            formatMessage("{0} heading \"{1}\" uses Writer list numbering while the other {0} headings "
                                          "have typed markers (typed/numbered {2}): type it as \"{3}\"",
                                          {levelNameEn(heading.level()), shown, counts, text::toUtf8(typedMarker)}),
                            Fix{FixKind::Safe,
                                {ReplaceText{heading.paragraph, 0, 0, typedMarker},
                                 SetParagraphProperty{heading.paragraph, ParagraphProperty::NumberingOff, 0}}});
            } else {
                // Switching numbering on is a list-style decision the author makes in Writer.
                sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                            formatMessage("{0}标题“{1}”是手工输入的序号，而本文其余{0}标题用自动编号（手工/自动 {2}）："
                                          "应统一写法",
                                          {levelNameZh(heading.level()), shown, counts}),
                            formatMessage("{0} heading \"{1}\" has a typed marker while the other {0} headings use "
                                          "Writer list numbering (typed/numbered {2}): use one style",
                                          {levelNameEn(heading.level()), shown, counts}));
            }
        }
    }
};

GW_REGISTER_RULE(MarkerConsistency);

} // namespace
} // namespace gw
