// Runs the rules over a document and plans fixes.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "rule.hpp"
#include "structure.hpp"

#include <functional>
#include <string>
#include <vector>

namespace gw {

// How a check runs, apart from what it checks.
struct CheckOptions {
    // The threads one check may use. 0: one for a small document (starting threads would cost more
    // than they save), else as many as the processors this process may run on (checkThreads).
    // A count forces that many, whatever the document's size: tests and benchmarks compare them.
    // The findings are the same whatever the count.
    unsigned threads = 0;
};

// The threads a check of `document` uses under `options`.
unsigned checkThreads(const Document& document, const CheckOptions& options);

// Every finding of every enabled rule, in document order, with configured severities, minus
// the findings the author ignored (Document::ignoredFindings).
std::vector<Finding> check(const Document& document, const Config& config, const CheckOptions& options = {});

// The same findings with the heading tree they were found on, for callers that also show
// where each finding is (Structure::path).
struct CheckResult {
    Structure structure;
    std::vector<Finding> findings;
};
CheckResult checkWithStructure(const Document& document, const Config& config, const CheckOptions& options = {});

// Whether an enabled rule reads the runs' character formatting: when none does, a reader may
// leave Paragraph::runs empty (as for plain text).
bool readsFormatting(const Config& config);

// Applies edits to the model exactly as the UNO adapter applies them to Writer: in the order
// `orderForApplying` gives, each to the text as the previous edits left it.
void applyEdits(Document& document, std::vector<Edit> edits);

// Later paragraphs and offsets first, so that no edit moves the target of another.
void orderForApplying(std::vector<Edit>& edits);

// The fixes of `findings` that `wanted` accepts, minus any that overlap one chosen earlier.
std::vector<Edit> nonOverlappingEdits(const std::vector<Finding>& findings,
                                      const std::function<bool(const Finding&)>& wanted);

// One edit of a chosen fix with the key of the finding it fixes, for callers that say which
// findings they fixed (the service's fixFindings).
struct KeyedEdit {
    Edit edit;
    std::string key;
};

// nonOverlappingEdits with each edit's finding key, in the same order.
std::vector<KeyedEdit> nonOverlappingKeyedEdits(const std::vector<Finding>& findings,
                                                const std::function<bool(const Finding&)>& wanted);

// Fix-all as passes of edits: pass 1 fixes what the first check finds, pass 2 what a re-check
// of the result finds (a fix may uncover or unblock another), until nothing wanted is left.
// Each pass is ordered for applying. `document` ends as the fixed result.
std::vector<std::vector<Edit>> planFixes(Document& document, const Config& config,
                                         const std::function<bool(const Finding&)>& wanted,
                                         int maxPasses = 8);

// planFixes with each edit's finding key. A later pass's keys are those of the document as the
// earlier passes left it: a check before the fix does not report them.
std::vector<std::vector<KeyedEdit>> planKeyedFixes(Document& document, const Config& config,
                                                   const std::function<bool(const Finding&)>& wanted,
                                                   int maxPasses = 8);

// Safe (A-kind) fixes only: what "fix all" applies without asking.
bool isSafeFix(const Finding& finding);

} // namespace gw
