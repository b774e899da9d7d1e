#include "report.hpp"

#include "utf8.hpp"

#include "catalogue.hpp"
#include "rule.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace gwcli {

using Json = nlohmann::json;

const char* failureName(Failure failure)
{
    switch (failure) {
    case Failure::None: return "none";
    case Failure::Empty: return "empty";
    case Failure::Encrypted: return "encrypted";
    case Failure::Corrupt: return "corrupt";
    case Failure::Unsupported: return "unsupported";
    case Failure::Timeout: return "timeout";
    case Failure::Crashed: return "crashed";
    case Failure::OutOfMemory: return "out-of-memory";
    case Failure::Io: return "io";
    case Failure::Checker: return "checker";
    case Failure::Missing: return "missing";
    case Failure::SymlinkLoop: return "symlink-loop";
    case Failure::NotRegularFile: return "not-a-regular-file";
    case Failure::Unreadable: return "unreadable";
    case Failure::TooLarge: return "too-large";
    }
    return "io";
}

namespace {

Failure failureFromName(const std::string& name)
{
    for (Failure failure : {Failure::None, Failure::Empty, Failure::Encrypted, Failure::Corrupt, Failure::Unsupported,
                            Failure::Timeout, Failure::Crashed, Failure::OutOfMemory, Failure::Io, Failure::Checker,
                            Failure::Missing, Failure::SymlinkLoop, Failure::NotRegularFile, Failure::Unreadable,
                            Failure::TooLarge})
        if (name == failureName(failure))
            return failure;
    throw std::runtime_error("unknown error kind \"" + name + "\"");
}

std::vector<const DocumentResult*> sortedDocuments(const Report& report)
{
    std::vector<const DocumentResult*> sorted;
    for (const auto& document : report.documents)
        sorted.push_back(&document);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DocumentResult* a, const DocumentResult* b) { return a->path < b->path; });
    return sorted;
}

bool gating(const std::string& severity, const std::string& failOn)
{
    return failOn != "none" && severityRank(severity) >= severityRank(failOn);
}

Json findingToJson(const FindingRecord& finding)
{
    Json json = {
        {"rule", finding.rule},
        {"slug", finding.slug},
        {"severity", finding.severity},
        {"line", finding.paragraph + 1},
        {"column", finding.start + 1},
        {"paragraphIndex", finding.paragraph},
        {"start", finding.start},
        {"length", finding.length},
        {"message", finding.message},
        {"fixKind", finding.fixKind},
        {"location", finding.location},
        {"context", finding.context},
        {"key", finding.key},
    };
    if (!finding.edits.empty()) {
        Json edits = Json::array();
        for (const auto& edit : finding.edits)
            edits.push_back({{"paragraphIndex", edit.paragraph},
                             {"start", edit.start},
                             {"length", edit.length},
                             {"replacement", edit.replacement}});
        json["textEdits"] = std::move(edits);
    }
    return json;
}

FindingRecord findingFromJson(const Json& json)
{
    FindingRecord finding;
    finding.rule = json.at("rule").get<std::string>();
    finding.slug = json.value("slug", "");
    finding.severity = json.at("severity").get<std::string>();
    finding.paragraph = json.at("paragraphIndex").get<int>();
    finding.start = json.at("start").get<int>();
    finding.length = json.value("length", 0);
    finding.message = json.value("message", "");
    finding.fixKind = json.value("fixKind", "");
    finding.location = json.value("location", "");
    finding.context = json.value("context", "");
    finding.key = json.value("key", "");
    if (json.contains("textEdits"))
        for (const auto& edit : json.at("textEdits"))
            finding.edits.push_back({edit.at("paragraphIndex").get<int>(), edit.at("start").get<int>(),
                                     edit.at("length").get<int>(), edit.at("replacement").get<std::string>()});
    return finding;
}

Json summaryToJson(const Report& report)
{
    const auto totals = report.totals();
    const std::map<std::string, int> byRule = report.findingsByRule();
    Json summary = {
        {"documents", totals.documents}, {"checked", totals.checked}, {"failed", totals.failed},
        {"findings", totals.findings},   {"errors", totals.errors},   {"warnings", totals.warnings},
        {"info", totals.infos},          {"atOrAboveFailOn", totals.gating}, {"byRule", byRule},
    };
    if (report.command == "fix") {
        summary["edits"] = totals.edits;
        summary["changedDocuments"] = totals.changedDocuments;
    }
    return summary;
}

Json rulesToJson()
{
    return gw::ruleCatalogue();
}

// JSON text laid out exactly as nlohmann's dump() lays out a tree (keys in order, `indent`
// spaces a level, or compact with -1; strings escaped as it escapes them), written straight from
// the records: the report of a large batch built as one tree, or dumped one string at a time,
// took over a second for 40,000 findings. Nested trees are dumped by nlohmann.
class JsonText {
public:
    JsonText(std::string& out, int indent) : out_(out), indent_(indent) {}

    // Hands what is written so far to `stream`, so that a report of tens of megabytes is never
    // one string (growing it, page by page, cost more than writing it).
    void flushTo(std::ostream& stream)
    {
        stream << out_;
        out_.clear();
    }

    void open(char bracket)
    {
        out_ += bracket;
        empty_.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = empty_.back();
        empty_.pop_back();
        if (!empty)
            newline();
        out_ += bracket;
    }
    // Starts the next member of the open object.
    JsonText& key(std::string_view name)
    {
        next();
        string(name);
        out_ += indent_ < 0 ? ":" : ": ";
        return *this;
    }
    // Starts the next element of the open array.
    JsonText& element()
    {
        next();
        return *this;
    }
    void string(std::string_view value)
    {
        if (!wellFormedUtf8(value)) { // nlohmann's replacement of what is not UTF-8
            out_ += Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
            return;
        }
        out_ += '"';
        for (const char c : value) {
            switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out_ += escaped;
                } else {
                    out_ += c;
                }
            }
        }
        out_ += '"';
    }
    void number(long long value) { out_ += std::to_string(value); }
    void tree(const Json& value)
    {
        const std::string text = value.dump(indent_, ' ', false, Json::error_handler_t::replace);
        if (indent_ < 0) {
            out_ += text;
            return;
        }
        const std::string margin(empty_.size() * static_cast<std::size_t>(indent_), ' ');
        for (const char c : text) {
            out_ += c;
            if (c == '\n')
                out_ += margin;
        }
    }

private:
    void next()
    {
        if (!empty_.back())
            out_ += ',';
        empty_.back() = false;
        newline();
    }
    void newline()
    {
        if (indent_ < 0)
            return;
        out_ += '\n';
        out_.append(empty_.size() * static_cast<std::size_t>(indent_), ' ');
    }

    std::string& out_;
    const int indent_;
    std::vector<bool> empty_; // per open bracket: nothing written in it yet
};

// The members in nlohmann's order (sorted by name), as findingToJson makes them.
void writeFinding(JsonText& json, const FindingRecord& finding)
{
    json.open('{');
    json.key("column").number(finding.start + 1);
    json.key("context").string(finding.context);
    json.key("fixKind").string(finding.fixKind);
    json.key("key").string(finding.key);
    json.key("length").number(finding.length);
    json.key("line").number(finding.paragraph + 1);
    json.key("location").string(finding.location);
    json.key("message").string(finding.message);
    json.key("paragraphIndex").number(finding.paragraph);
    json.key("rule").string(finding.rule);
    json.key("severity").string(finding.severity);
    json.key("slug").string(finding.slug);
    json.key("start").number(finding.start);
    if (!finding.edits.empty()) {
        json.key("textEdits").open('[');
        for (const auto& edit : finding.edits) {
            json.element().open('{');
            json.key("length").number(edit.length);
            json.key("paragraphIndex").number(edit.paragraph);
            json.key("replacement").string(edit.replacement);
            json.key("start").number(edit.start);
            json.close('}');
        }
        json.close(']');
    }
    json.close('}');
}

void writeFindings(JsonText& json, const std::vector<FindingRecord>& findings)
{
    json.open('[');
    for (const auto& finding : findings) {
        json.element();
        writeFinding(json, finding);
    }
    json.close(']');
}

// documentToJson's members (sorted by name), and the jsonl stream's timings and type with `line`.
void writeDocument(JsonText& json, const DocumentResult& document, bool line)
{
    const bool fixing = !document.fixed.empty() || document.edits > 0 || !document.savedTo.empty();
    json.open('{');
    if (fixing)
        json.key("edits").number(document.edits);
    if (document.failed())
        json.key("error").tree({{"kind", failureName(document.failure)}, {"message", document.error}});
    json.key("findings");
    writeFindings(json, document.findings);
    if (fixing) {
        json.key("fixed");
        writeFindings(json, document.fixed);
    }
    json.key("path").string(document.path);
    if (fixing)
        json.key("savedTo").string(document.savedTo);
    if (line)
        json.key("seconds").tree({{"total", document.seconds}, {"check", document.checkSeconds}});
    json.key("status").string(document.failed() ? "failed" : "checked");
    if (line)
        json.key("type").string("document");
    json.close('}');
}

void writeJson(const Report& report, std::ostream& stream)
{
    std::string out;
    JsonText json(out, 2);
    json.open('{');
    json.key("command").string(report.command);
    json.key("documents").open('[');
    for (const auto* document : sortedDocuments(report)) {
        json.element();
        writeDocument(json, *document, false);
        if (out.size() > (1u << 16))
            json.flushTo(stream);
    }
    json.close(']');
    json.key("failOn").string(report.failOn);
    json.key("language").string(report.language);
    json.key("rules").tree(rulesToJson());
    json.key("schema").string("gwcheck-report");
    json.key("schemaVersion").number(reportSchemaVersion);
    json.key("summary").tree(summaryToJson(report));
    json.key("tool").tree({{"name", "gwcheck"}, {"version", GWCHECK_VERSION}});
    json.close('}');
    out += '\n';
    json.flushTo(stream);
}

std::string plural(int count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// Document text and paths in the text report stay on their line, so that one finding is one
// line for grep, quickfix lists and CI annotations: a line break shows as ↵, a tab as ⇥, other
// C0 controls and DEL as their Control Pictures (U+2400 + code, ␡), and the C1 controls, NEL and
// the Unicode line and paragraph separators as \uXXXX. Everything else is left as it is.
std::string oneLine(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\u21B5";
        } else if (c == '\t') {
            out += "\u21E5";
        } else if (c < 0x20) { // U+2400 + c, three bytes E2 90 80+c
            out += "\xE2\x90";
            out += static_cast<char>(0x80 + c);
        } else if (c == 0x7F) {
            out += "\u2421";
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned char>(text[++i]));
            out += escaped;
        } else if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string renderText(const Report& report)
{
    std::ostringstream out;
    for (const auto* document : sortedDocuments(report)) {
        const std::string path = oneLine(document->path);
        if (document->failed()) {
            out << path << ": could not be checked: " << failureName(document->failure) << ": "
                << oneLine(document->error) << "\n";
            continue;
        }
        if (report.command == "fix") {
            for (const auto& finding : document->fixed)
                out << path << ":" << finding.paragraph + 1 << ":" << finding.start + 1 << ": fixed ["
                    << finding.rule << "] " << oneLine(finding.message) << "\n";
            if (!document->savedTo.empty())
                out << path << ": " << plural(document->edits, "edit", "edits") << ", saved to "
                    << oneLine(document->savedTo) << "\n";
            else
                out << path << ": unchanged\n";
        }
        for (const auto& finding : document->findings)
            out << path << ":" << finding.paragraph + 1 << ":" << finding.start + 1 << ": "
                << finding.severity << " [" << finding.rule << "] " << oneLine(finding.message) << "\n";
    }
    const auto totals = report.totals();
    out << "gwcheck: " << plural(totals.documents, "document", "documents") << ", "
        << totals.checked << " checked, " << totals.failed << " could not be checked; "
        << plural(totals.findings, "finding", "findings") << " (" << plural(totals.errors, "error", "errors") << ", "
        << plural(totals.warnings, "warning", "warnings") << ", " << totals.infos << " info)";
    if (report.command == "fix")
        out << "; " << plural(totals.edits, "edit", "edits") << " in "
            << plural(totals.changedDocuments, "document", "documents");
    out << "\n";
    return out.str();
}

// SARIF locations are URI references: relative paths stay relative, absolute ones become file
// URIs; everything but unreserved characters and '/' is percent-encoded (UTF-8).
std::string sarifUri(const std::string& path)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri;
}

std::string sarifLevel(const std::string& severity)
{
    return severity == "error" ? "error" : severity == "warning" ? "warning" : "note";
}

// A finding's text edits as one SARIF fix. The replacements come last position first, so each
// region means the same whether a consumer reads it against the original text or against the
// text left by the replacements before it.
Json sarifFix(const FindingRecord& finding, const std::string& uri, int artifact)
{
    std::vector<TextEditRecord> edits = finding.edits;
    std::stable_sort(edits.begin(), edits.end(), [](const TextEditRecord& a, const TextEditRecord& b) {
        return a.paragraph != b.paragraph ? a.paragraph > b.paragraph : a.start > b.start;
    });
    Json replacements = Json::array();
    for (const auto& edit : edits) {
        Json replacement = {{"deletedRegion", {{"startLine", edit.paragraph + 1},
                                               {"startColumn", edit.start + 1},
                                               {"endLine", edit.paragraph + 1},
                                               {"endColumn", edit.start + edit.length + 1}}}};
        if (!edit.replacement.empty())
            replacement["insertedContent"] = {{"text", edit.replacement}};
        replacements.push_back(replacement);
    }
    return {{"description", {{"text", finding.message}}},
            {"artifactChanges",
             {{{"artifactLocation", {{"uri", uri}, {"index", artifact}}}, {"replacements", replacements}}}}};
}

std::string renderSarif(const Report& report)
{
    Json rules = Json::array();
    std::map<std::string, int> ruleIndex;
    for (const auto& rule : rulesToJson()) {
        ruleIndex[rule["code"].get<std::string>()] = static_cast<int>(rules.size());
        const bool english = report.language.rfind("en", 0) == 0;
        const std::string title = rule[english ? "titleEn" : "titleZh"].get<std::string>();
        std::string full = title;
        if (!rule["norm"].get<std::string>().empty())
            full += " (" + rule["norm"].get<std::string>() + ")";
        rules.push_back({
            {"id", rule["code"]},
            {"name", rule["slug"]},
            {"shortDescription", {{"text", title}}},
            {"fullDescription", {{"text", full}}},
            {"defaultConfiguration", {{"level", sarifLevel(rule["severity"].get<std::string>())}}},
            {"properties", {{"fixKind", rule["fixKind"]}, {"norm", rule["norm"]},
                            {"titleZh", rule["titleZh"]}, {"titleEn", rule["titleEn"]}}},
        });
    }
    Json artifacts = Json::array();
    Json results = Json::array();
    Json notifications = Json::array();
    for (const auto* document : sortedDocuments(report)) {
        const int artifact = static_cast<int>(artifacts.size());
        const std::string uri = sarifUri(document->path);
        artifacts.push_back({{"location", {{"uri", uri}}}});
        if (document->failed()) {
            notifications.push_back({
                {"level", "error"},
                {"message", {{"text", document->path + ": " + failureName(document->failure) + ": " + document->error}}},
                {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", artifact}}}}}}}},
                {"properties", {{"kind", failureName(document->failure)}}},
            });
            continue;
        }
        for (const auto& finding : document->findings) {
            Json region = {{"startLine", finding.paragraph + 1},
                           {"startColumn", finding.start + 1},
                           {"endLine", finding.paragraph + 1},
                           {"endColumn", finding.start + finding.length + 1}};
            if (!finding.context.empty())
                region["snippet"] = {{"text", finding.context}};
            Json result = {
                {"ruleId", finding.rule},
                {"level", sarifLevel(finding.severity)},
                {"message", {{"text", finding.message}}},
                {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", artifact}}},
                                                      {"region", region}}}}}},
                {"partialFingerprints", {{"gwcheckKey/v1", finding.key}}},
                {"properties", {{"fixKind", finding.fixKind}, {"slug", finding.slug}}},
            };
            const auto index = ruleIndex.find(finding.rule);
            if (index != ruleIndex.end())
                result["ruleIndex"] = index->second;
            if (!finding.location.empty())
                result["locations"][0]["logicalLocations"] = {{{"fullyQualifiedName", finding.location}}};
            if (!finding.fixKind.empty()) {
                // Every fix, text or not, is applied by this command; only text edits can also
                // be given as a SARIF fix.
                result["properties"]["fix"] = {
                    {"kind", finding.fixKind},
                    {"command", "gwcheck fix --rules " + finding.rule + " --in-place " + document->path}};
                if (!finding.edits.empty())
                    result["fixes"] = Json::array({sarifFix(finding, uri, artifact)});
            }
            results.push_back(result);
        }
    }
    const auto totals = report.totals();
    Json run = {
        {"tool", {{"driver", {{"name", "gwcheck"}, {"version", GWCHECK_VERSION}, {"rules", rules}}}}},
        {"columnKind", "utf16CodeUnits"},
        {"artifacts", artifacts},
        {"results", results},
        {"invocations", {{{"executionSuccessful", totals.failed == 0}, {"toolExecutionNotifications", notifications}}}},
    };
    Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", {run}}};
    return sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// XML 1.0 text: escaped, and without the control characters it cannot carry at all.
std::string xmlEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\r': out += "&#13;"; break; // a raw one would be read back as a line feed
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r')
                out += "\xEF\xBF\xBD"; // U+FFFD
            else
                out += c;
        }
    }
    return out;
}

// In an attribute a raw line break or tab is read back as a space: there they are references.
std::string xmlAttribute(const std::string& text)
{
    std::string out;
    for (char c : xmlEscape(text)) {
        if (c == '\n')
            out += "&#10;";
        else if (c == '\t')
            out += "&#9;";
        else
            out += c;
    }
    return out;
}

std::string findingLine(const std::string& path, const FindingRecord& finding)
{
    return path + ":" + std::to_string(finding.paragraph + 1) + ":" + std::to_string(finding.start + 1) + ": " +
           finding.severity + " [" + finding.rule + "] " + finding.message;
}

std::string renderJunit(const Report& report)
{
    const auto totals = report.totals();
    int failures = 0;
    for (const auto& document : report.documents) {
        bool gated = false;
        for (const auto& finding : document.findings)
            gated = gated || gating(finding.severity, report.failOn);
        failures += (!document.failed() && gated) ? 1 : 0;
    }
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<testsuites name=\"gwcheck\" tests=\"" << totals.documents << "\" failures=\"" << failures
        << "\" errors=\"" << totals.failed << "\">\n";
    out << "  <testsuite name=\"gwcheck " << xmlEscape(report.command) << "\" tests=\"" << totals.documents
        << "\" failures=\"" << failures << "\" errors=\"" << totals.failed << "\" skipped=\"0\">\n";
    for (const auto* document : sortedDocuments(report)) {
        out << "    <testcase classname=\"gwcheck\" name=\"" << xmlAttribute(document->path) << "\" file=\""
            << xmlAttribute(document->path) << "\">\n";
        if (document->failed()) {
            out << "      <error type=\"" << failureName(document->failure) << "\" message=\""
                << xmlAttribute(document->error) << "\"/>\n";
        } else {
            std::string gated, other;
            int gatedCount = 0;
            for (const auto& finding : document->findings) {
                const std::string line = findingLine(document->path, finding) + "\n";
                if (gating(finding.severity, report.failOn)) {
                    gated += line;
                    ++gatedCount;
                } else {
                    other += line;
                }
            }
            if (gatedCount > 0)
                out << "      <failure type=\"gwcheck\" message=\""
                    << xmlEscape(plural(gatedCount, "finding", "findings") + " at or above " + report.failOn) << "\">"
                    << xmlEscape(gated) << "</failure>\n";
            if (!other.empty())
                out << "      <system-out>" << xmlEscape(other) << "</system-out>\n";
        }
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
    return out.str();
}

// A horizontal bar chart as inline SVG (no script, no external resources).
std::string barChart(const std::vector<std::pair<std::string, int>>& bars, const std::string& title)
{
    const int rowHeight = 22, labelWidth = 260, barWidth = 420;
    int maximum = 1;
    for (const auto& bar : bars)
        maximum = std::max(maximum, bar.second);
    const int height = rowHeight * static_cast<int>(bars.size()) + 10;
    std::ostringstream svg;
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" << labelWidth + barWidth + 60
        << "\" height=\"" << height << "\"><title>" << xmlEscape(title) << "</title>\n";
    int y = 5;
    for (const auto& [label, count] : bars) {
        const int width = std::max(1, barWidth * count / maximum);
        std::string shown = label;
        if (shown.size() > 40) {
            std::size_t cut = shown.size() - 38;
            while (cut < shown.size() && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
                ++cut; // not inside a UTF-8 sequence
            shown = "…" + shown.substr(cut);
        }
        svg << "<text x=\"" << labelWidth - 6 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">" << xmlEscape(shown)
            << "</text><rect x=\"" << labelWidth << "\" y=\"" << y + 3 << "\" width=\"" << width
            << "\" height=\"16\" class=\"bar\"/><text x=\"" << labelWidth + width + 6 << "\" y=\"" << y + 15
            << "\">" << count << "</text>\n";
        y += rowHeight;
    }
    svg << "</svg>\n";
    return svg.str();
}

std::string renderHtml(const Report& report)
{
    const auto totals = report.totals();
    const bool english = report.language.rfind("en", 0) == 0;
    auto say = [english](const char* zh, const char* en) { return std::string(english ? en : zh); };

    const std::map<std::string, int> byRule = report.findingsByRule();
    std::vector<std::pair<std::string, int>> byDocument;
    for (const auto* document : sortedDocuments(report)) {
        if (!document->findings.empty())
            byDocument.emplace_back(document->path, static_cast<int>(document->findings.size()));
    }
    std::stable_sort(byDocument.begin(), byDocument.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const std::size_t shownDocuments = 30;
    if (byDocument.size() > shownDocuments)
        byDocument.resize(shownDocuments);

    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"" << (english ? "en" : "zh-CN") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>gwcheck " << say("检查报告", "report") << "</title>\n<style>\n"
         << "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
         << "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
         << ".error{color:#b00020}.warning{color:#a05a00}.info{color:#1a5fb4}.bar{fill:#3c78d8}"
         << "svg text{font-size:12px;font-family:sans-serif}code{white-space:pre-wrap;background:#f4f4f4}"
         << "details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}td.rule{white-space:nowrap}\n</style>\n</head>\n<body>\n";
    html << "<h1>gwcheck " << say("检查报告", "report") << "</h1>\n";
    html << "<table id=\"totals\"><tr><th>" << say("文档", "Documents") << "</th><th>" << say("已检查", "Checked")
         << "</th><th>" << say("无法检查", "Not checked") << "</th><th>" << say("问题", "Findings") << "</th><th class=\"error\">"
         << say("错误", "Errors") << "</th><th class=\"warning\">" << say("警告", "Warnings") << "</th><th class=\"info\">"
         << say("提示", "Info") << "</th></tr>\n<tr><td>" << totals.documents << "</td><td>" << totals.checked
         << "</td><td>" << totals.failed << "</td><td>" << totals.findings << "</td><td>" << totals.errors
         << "</td><td>" << totals.warnings << "</td><td>" << totals.infos << "</td></tr></table>\n";

    std::vector<std::pair<std::string, int>> ruleBars(byRule.begin(), byRule.end());
    html << "<h2>" << say("按规则", "Findings per rule") << "</h2>\n<div id=\"chart-rules\">"
         << barChart(ruleBars, say("按规则统计", "Findings per rule")) << "</div>\n";
    html << "<h2>" << say("按文档", "Findings per document") << "</h2>\n<div id=\"chart-documents\">"
         << barChart(byDocument, say("按文档统计", "Findings per document")) << "</div>\n";

    if (totals.failed > 0) {
        html << "<h2>" << say("无法检查的文档", "Documents that could not be checked") << "</h2>\n<ul id=\"failed\">\n";
        for (const auto* document : sortedDocuments(report))
            if (document->failed())
                html << "<li><code>" << xmlEscape(document->path) << "</code>: " << failureName(document->failure)
                     << " — " << xmlEscape(document->error) << "</li>\n";
        html << "</ul>\n";
    }

    html << "<h2>" << say("问题明细", "Findings") << "</h2>\n";
    for (const auto* document : sortedDocuments(report)) {
        if (document->findings.empty())
            continue;
        html << "<details open class=\"document\"><summary>" << xmlEscape(document->path) << " — "
             << document->findings.size() << "</summary>\n<table><tr><th>" << say("段落:列", "Paragraph:column")
             << "</th><th>" << say("级别", "Severity") << "</th><th>" << say("规则", "Rule") << "</th><th>"
             << say("说明", "Message") << "</th><th>" << say("上下文", "Context") << "</th></tr>\n";
        for (const auto& finding : document->findings)
            html << "<tr class=\"finding\"><td>" << finding.paragraph + 1 << ":" << finding.start + 1
                 << "</td><td class=\"" << xmlEscape(finding.severity) << "\">" << xmlEscape(finding.severity)
                 << "</td><td class=\"rule\">" << xmlEscape(finding.rule) << "</td><td>" << xmlEscape(finding.message)
                 << "</td><td><code class=\"context\">" << xmlEscape(finding.context) << "</code></td></tr>\n";
        html << "</table></details>\n";
    }
    html << "<p><small>gwcheck " << GWCHECK_VERSION << "</small></p>\n</body>\n</html>\n";
    return html.str();
}

} // namespace

int severityRank(const std::string& severity)
{
    if (severity == "error") return 3;
    if (severity == "warning") return 2;
    if (severity == "info") return 1;
    return 0;
}

bool parseFormat(const std::string& name, Format& format)
{
    static const std::map<std::string, Format> formats{{"text", Format::Text},   {"json", Format::Json},
                                                       {"jsonl", Format::Jsonl}, {"sarif", Format::Sarif},
                                                       {"junit", Format::Junit}, {"html", Format::Html}};
    const auto it = formats.find(name);
    if (it == formats.end())
        return false;
    format = it->second;
    return true;
}

void Report::add(DocumentResult document, bool keepFindings)
{
    if (!keepFindings) {
        for (const auto& finding : document.findings) {
            count(counted_, finding);
            ++countedByRule_[finding.rule];
        }
        document.findings = {};
        document.fixed = {};
    }
    documents.push_back(std::move(document));
}

std::map<std::string, int> Report::findingsByRule() const
{
    std::map<std::string, int> byRule = countedByRule_;
    for (const auto& document : documents)
        for (const auto& finding : document.findings)
            ++byRule[finding.rule];
    return byRule;
}

void Report::count(Totals& totals, const FindingRecord& finding) const
{
    ++totals.findings;
    totals.errors += finding.severity == "error";
    totals.warnings += finding.severity == "warning";
    totals.infos += finding.severity == "info";
    totals.gating += gating(finding.severity, failOn);
}

Report::Totals Report::totals() const
{
    Totals totals = counted_; // counted_ holds findings only, no documents
    for (const auto& document : documents) {
        ++totals.documents;
        if (document.failed()) {
            ++totals.failed;
            continue;
        }
        ++totals.checked;
        totals.edits += document.edits;
        totals.changedDocuments += document.edits > 0 ? 1 : 0;
        for (const auto& finding : document.findings)
            count(totals, finding);
    }
    return totals;
}

Json documentToJson(const DocumentResult& document)
{
    Json json = {{"path", document.path}, {"status", document.failed() ? "failed" : "checked"}};
    if (document.failed())
        json["error"] = {{"kind", failureName(document.failure)}, {"message", document.error}};
    Json findings = Json::array();
    for (const auto& finding : document.findings)
        findings.push_back(findingToJson(finding));
    json["findings"] = std::move(findings);
    if (!document.fixed.empty() || document.edits > 0 || !document.savedTo.empty()) {
        Json fixed = Json::array();
        for (const auto& finding : document.fixed)
            fixed.push_back(findingToJson(finding));
        json["fixed"] = std::move(fixed);
        json["edits"] = document.edits;
        json["savedTo"] = document.savedTo;
    }
    return json;
}

std::string jsonlDocumentLine(const DocumentResult& document)
{
    // Timings only in the stream: the json report stays the same from run to run.
    std::string out;
    JsonText json(out, -1);
    writeDocument(json, document, true);
    return out;
}

std::string jsonlSummaryLine(const Report& report)
{
    Json line = {{"type", "summary"},
                 {"schema", "gwcheck-report"},
                 {"schemaVersion", reportSchemaVersion},
                 {"command", report.command},
                 {"language", report.language},
                 {"failOn", report.failOn},
                 {"summary", summaryToJson(report)}};
    return line.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void render(const Report& report, Format format, std::ostream& out)
{
    switch (format) {
    case Format::Text: out << renderText(report); break;
    case Format::Json: writeJson(report, out); break;
    case Format::Sarif: out << renderSarif(report); break;
    case Format::Junit: out << renderJunit(report); break;
    case Format::Html: out << renderHtml(report); break;
    case Format::Jsonl:
        for (const auto* document : sortedDocuments(report))
            out << jsonlDocumentLine(*document) << '\n';
        out << jsonlSummaryLine(report) << '\n';
        break;
    }
}

namespace {

DocumentResult documentFromJson(const Json& json)
{
    DocumentResult document;
    document.path = json.at("path").get<std::string>();
    if (json.value("status", "checked") == "failed") {
        document.failure = failureFromName(json.at("error").at("kind").get<std::string>());
        document.error = json.at("error").value("message", "");
    }
    for (const auto& finding : json.at("findings"))
        document.findings.push_back(findingFromJson(finding));
    if (json.contains("fixed"))
        for (const auto& finding : json.at("fixed"))
            document.fixed.push_back(findingFromJson(finding));
    document.edits = json.value("edits", 0);
    document.savedTo = json.value("savedTo", "");
    return document;
}

void checkSchema(const Json& json, const std::string& name)
{
    if (json.value("schema", "") != "gwcheck-report")
        throw std::runtime_error(name + ": not a gwcheck json/jsonl report");
    if (json.value("schemaVersion", 0) != reportSchemaVersion)
        throw std::runtime_error(name + ": report schema version " + json.value("schemaVersion", Json(0)).dump() +
                                 ", this gwcheck reads version " + std::to_string(reportSchemaVersion));
}

} // namespace

nlohmann::json documentToWire(const DocumentResult& document)
{
    Json json = documentToJson(document);
    json["seconds"] = document.seconds;
    json["checkSeconds"] = document.checkSeconds;
    json["loadPath"] = document.loadPath;
    return json;
}

DocumentResult documentFromWire(const nlohmann::json& json)
{
    DocumentResult document = documentFromJson(json);
    document.seconds = json.value("seconds", 0.0);
    document.checkSeconds = json.value("checkSeconds", 0.0);
    document.loadPath = json.value("loadPath", "");
    return document;
}

void readReport(const std::string& text, const std::string& name, Report& into)
{
    try {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            throw std::runtime_error(name + ": empty report");
        // A json report is one object spread over lines; jsonl has one object per line.
        Json whole = Json::parse(text, nullptr, false);
        if (!whole.is_discarded() && whole.is_object() && whole.contains("documents")) {
            checkSchema(whole, name);
            into.command = whole.value("command", into.command);
            if (into.language.empty())
                into.language = whole.value("language", "");
            for (const auto& document : whole.at("documents"))
                into.documents.push_back(documentFromJson(document));
            return;
        }
        std::istringstream lines(text);
        std::string line;
        bool summary = false;
        int number = 0;
        while (std::getline(lines, line)) {
            ++number;
            if (line.find_first_not_of(" \t\r") == std::string::npos)
                continue;
            Json json = Json::parse(line);
            const std::string type = json.value("type", "");
            if (type == "document") {
                into.documents.push_back(documentFromJson(json));
            } else if (type == "summary") {
                checkSchema(json, name);
                into.command = json.value("command", into.command);
                if (into.language.empty())
                    into.language = json.value("language", "");
                summary = true;
            } else {
                throw std::runtime_error(name + ":" + std::to_string(number) + ": unknown line type \"" + type + "\"");
            }
        }
        if (!summary)
            throw std::runtime_error(name + ": no summary line: the run that wrote it did not finish");
    } catch (const Json::exception& error) {
        throw std::runtime_error(name + ": " + error.what());
    }
}

} // namespace gwcli
