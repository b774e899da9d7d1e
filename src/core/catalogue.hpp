// The rule catalogue as JSON, the one form every caller shows it in: the service's getRules(),
// the CLI's `rules --format json` and the "rules" section of its reports.
#pragma once

#include <nlohmann/json.hpp>

namespace gw {

// One object per rule, in catalogue order: code, slug, severity, fixKind ("A", "C" or "N"),
// norm, titleZh, titleEn.
nlohmann::json ruleCatalogue();

} // namespace gw
