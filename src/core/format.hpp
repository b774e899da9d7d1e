// 公文排版 (format the whole document): every page layout fix (PG) and the heading fonts and
// sizes (HF-01, HF-02) planned as one list of formatting edits. The text stays as it is: a fix
// that would change a character is not part of it.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "edit.hpp"
#include "engine.hpp"
#include "rule.hpp"

#include <map>
#include <string>
#include <vector>

namespace gw {

struct FormatPlan {
    std::vector<std::vector<KeyedEdit>> passes; // each ordered for applying, as planKeyedFixes gives them
    std::map<std::string, int> counts;      // edits per editKindName ("font", "page-margins"…)
    int edits() const;
};

// A fix 公文排版 applies: a safe fix of a PG rule, HF-01 or HF-02, or a page setup fix (offered,
// C, because Writer cannot undo it), made of formatting edits only.
bool isLayoutFix(const Finding& finding);

// Plans 公文排版 on `document`, which ends formatted as Writer will be after the passes.
FormatPlan planFormat(Document& document, const Config& config);

} // namespace gw
