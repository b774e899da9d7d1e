#include "format.hpp"

#include "engine.hpp"

#include <algorithm>

namespace gw {

int FormatPlan::edits() const
{
    int total = 0;
    for (const auto& [kind, count] : counts)
        total += count;
    return total;
}

bool isLayoutFix(const Finding& finding)
{
    const std::string_view code = finding.rule->code;
    // Page setup fixes are offered (C) rather than safe only because Writer cannot undo them:
    // 公文排版 is where they are asked for.
    const bool pageSetup = finding.fixable() && finding.fix.kind == FixKind::Confirm &&
                           std::any_of(finding.fix.edits.begin(), finding.fix.edits.end(), isPageStyleEdit);
    if (!(isSafeFix(finding) || pageSetup) || (code.substr(0, 3) != "PG-" && code != "HF-01" && code != "HF-02"))
        return false;
    return std::all_of(finding.fix.edits.begin(), finding.fix.edits.end(), isFormattingEdit);
}

FormatPlan planFormat(Document& document, const Config& config)
{
    FormatPlan plan;
    plan.passes = planKeyedFixes(document, config, isLayoutFix);
    for (const auto& pass : plan.passes)
        for (const KeyedEdit& keyed : pass)
            ++plan.counts[std::string(editKindName(keyed.edit))];
    return plan;
}

} // namespace gw
