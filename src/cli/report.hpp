// Report formats: text for people, json/jsonl for scripts (schema in docs/report-schema.md),
// SARIF 2.1.0 for code-scanning tools, JUnit for CI test views, one self-contained HTML page.
#pragma once

#include "result.hpp"

#include <nlohmann/json.hpp>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace gwcli {

enum class Format { Text, Json, Jsonl, Sarif, Junit, Html };
bool parseFormat(const std::string& name, Format& format);

struct Report {
    std::string command = "check"; // "check" | "fix"
    std::string language;          // "zh-CN" | "en-US"
    std::string failOn;            // "error" | "warning" | "info" | "none"
    std::vector<DocumentResult> documents; // sorted by path when written

    // Adds a finished document. Without `keepFindings` (a streamed report has written them
    // already) only their counts are kept: a long batch does not hold every finding in memory.
    void add(DocumentResult document, bool keepFindings);

    struct Totals {
        int documents = 0, checked = 0, failed = 0, findings = 0;
        int errors = 0, warnings = 0, infos = 0, gating = 0; // gating: at or above failOn
        int edits = 0, changedDocuments = 0;
    };
    Totals totals() const;
    // Findings per rule code, counted ones included.
    std::map<std::string, int> findingsByRule() const;

private:
    void count(Totals& totals, const FindingRecord& finding) const; // its severity's counts
    // The findings of documents added without them.
    Totals counted_;
    std::map<std::string, int> countedByRule_;
};

constexpr int reportSchemaVersion = 1;

// The whole report in `format` (for jsonl: every document line and the summary line).
void render(const Report& report, Format format, std::ostream& out);

// One jsonl line (without the newline) for a finished document, and the final summary line.
std::string jsonlDocumentLine(const DocumentResult& document);
std::string jsonlSummaryLine(const Report& report);

// Documents of a json or jsonl report, for `gwcheck merge`. Throws std::runtime_error naming
// what is wrong.
void readReport(const std::string& text, const std::string& name, Report& into);

nlohmann::json documentToJson(const DocumentResult& document);

// A document with everything DocumentResult holds (timings and load path too), and back: how
// the daemon hands its results to the client; findings come back exactly as they went.
nlohmann::json documentToWire(const DocumentResult& document);
DocumentResult documentFromWire(const nlohmann::json& json);

} // namespace gwcli
