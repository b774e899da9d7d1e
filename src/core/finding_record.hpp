// A finding as a report prints it — language chosen, heading path and context made — and the
// compact byte form in which the service hands a document's records to gwcheck's CLI
// (XDocumentChecker3::checkRecords): one byte array instead of a UNO struct per finding, with
// strings that stay UTF-8 from the rules to the report.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gw {

// One text edit of a finding's fix: replace `length` UTF-16 code units from `start` in
// paragraph `paragraph` (0-based) by `replacement`; offsets refer to the text before the fix.
struct TextEditRecord {
    int paragraph = 0;
    int start = 0;
    int length = 0;
    std::string replacement; // UTF-8
};

// One finding as the DocumentChecker service reports it. Paragraph, start and length are
// 0-based UTF-16 offsets as Writer counts them; reports for people add 1.
struct FindingRecord {
    std::string rule;     // "HN-02"
    std::string slug;     // "l2-marker-form"
    std::string severity; // "error" | "warning" | "info"
    int paragraph = 0;
    int start = 0;
    int length = 0;
    std::string message;
    std::string fixKind;  // "A", "C" or ""
    std::string location; // heading path
    std::string context;  // paragraph text around the finding
    std::string key;
    std::vector<TextEditRecord> edits; // the fix as text edits; empty when it has no text form
};

// Writes records in the compact form: a version byte, the number of records, then each
// record's fields in the order of FindingRecord (numbers as LEB128, strings as their length and
// UTF-8 bytes). The count up front lets a reader tell an answer cut short from a shorter one.
class RecordWriter {
public:
    explicit RecordWriter(std::size_t findings);
    void beginFinding(std::string_view rule, std::string_view slug, std::string_view severity, std::uint32_t paragraph,
                      std::uint32_t start, std::uint32_t length, std::string_view message, std::string_view fixKind,
                      std::string_view location, std::string_view context, std::string_view key,
                      std::size_t editCount);
    // Exactly `editCount` of these follow each beginFinding.
    void edit(std::uint32_t paragraph, std::uint32_t start, std::uint32_t length, std::string_view replacement);
    const std::string& bytes() const { return bytes_; }

private:
    void number(std::uint64_t value);
    void text(std::string_view value);
    std::string bytes_;
};

// Reads what RecordWriter wrote; false (and `out` unchanged) when the bytes are not that form:
// another version, cut short, or a length past the end.
bool readRecords(std::string_view bytes, std::vector<FindingRecord>& out);

} // namespace gw
