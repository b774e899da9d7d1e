// Expected-findings files: findings written by hand from reading a document, and their
// comparison with what the checker finds. Used by the golden seeds (tests/fixtures/seeds), the
// genre corpus (tests/fixtures/genres) and the gov-reports corpus test (tests/corpus). One line
// per expectation, paragraphs 0-based, `#` starts a comment line:
//   <paragraph> <rule> <flagged text> [×<count>]   that finding, <count> times (default 1)
//   <paragraph> <rule> ×<count>                    <count> findings of the rule there, whatever they flag
//   <paragraph> !<rule>                            no finding of the rule there, at any severity
//   * !<rule>                                      no finding of the rule anywhere
// A flagged text that is only white space (PN-08, HF-04) cannot be written: use the count form.
#pragma once

#include "test_support.hpp"

#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace gw::test {

struct ExpectedFindings {
    std::map<std::tuple<std::uint32_t, std::string, std::string>, int> exact; // (paragraph, rule, text) → count
    std::map<std::pair<std::uint32_t, std::string>, int> counted;              // (paragraph, rule) → count
    std::set<std::pair<std::uint32_t, std::string>> absent;                    // (paragraph, rule): none there
    std::set<std::string> absentEverywhere;                                     // rules with no finding at all

    // Whether a line names the rule at this paragraph (exact, counted or absent).
    bool names(std::uint32_t paragraph, const std::string& rule) const
    {
        if (counted.count({paragraph, rule}) || absent.count({paragraph, rule}) || absentEverywhere.count(rule))
            return true;
        const auto it = exact.lower_bound({paragraph, rule, std::string()});
        return it != exact.end() && std::get<0>(it->first) == paragraph && std::get<1>(it->first) == rule;
    }
};

// Parses the text of an expected-findings file; a line that is not one of the forms above
// throws std::runtime_error naming it.
inline ExpectedFindings parseExpectedFindings(const std::string& text)
{
    ExpectedFindings expected;
    std::istringstream lines(text);
    const std::string times = "×";
    int lineNumber = 0;
    for (std::string line; std::getline(lines, line);) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[line.find_first_not_of(" \t")] == '#')
            continue;
        const auto malformed = [&] {
            return std::runtime_error("expected findings, line " + std::to_string(lineNumber) + ": " + line);
        };
        std::istringstream fields(line);
        std::string where, rule;
        if (!(fields >> where >> rule))
            throw malformed();
        std::string rest;
        std::getline(fields >> std::ws, rest);
        const bool number = where.find_first_not_of("0123456789") == std::string::npos;
        if (rule[0] == '!') {
            if (!rest.empty() || rule.size() == 1 || (!number && where != "*"))
                throw malformed();
            if (where == "*")
                expected.absentEverywhere.insert(rule.substr(1));
            else
                expected.absent.insert({static_cast<std::uint32_t>(std::stoul(where)), rule.substr(1)});
            continue;
        }
        if (!number)
            throw malformed();
        const auto paragraph = static_cast<std::uint32_t>(std::stoul(where));
        int count = 1;
        const auto mark = rest.rfind(times);
        if (mark != std::string::npos && (mark == 0 || rest[mark - 1] == ' ') &&
            rest.find_first_not_of("0123456789", mark + times.size()) == std::string::npos && mark + times.size() < rest.size()) {
            count = std::stoi(rest.substr(mark + times.size()));
            rest = mark == 0 ? "" : rest.substr(0, mark - 1);
        }
        if (rest.empty())
            expected.counted[{paragraph, rule}] += count;
        else
            expected.exact[{paragraph, rule, rest}] += count;
    }
    return expected;
}

inline ExpectedFindings readExpectedFindings(const std::string& path) { return parseExpectedFindings(readFile(path)); }

// Which info findings a comparison looks at: all of them (the seeds), or only those of a rule
// and paragraph a line names (the genre and gov-reports corpora: warnings and errors are exact,
// info is advice and is asserted only where a line asks for it).
enum class InfoFindings { Compared, OnlyWhereNamed };

// The differences between the expected and the actual findings, one line each; empty when they
// agree.
inline std::vector<std::string> compareFindings(const ExpectedFindings& expected, const Document& document,
                                                const std::vector<Finding>& findings, InfoFindings info)
{
    using ExactKey = std::tuple<std::uint32_t, std::string, std::string>;
    std::map<ExactKey, int> exact;
    std::map<std::pair<std::uint32_t, std::string>, int> counted;
    std::map<ExactKey, const Finding*> example; // one finding per key, for its message
    std::vector<std::string> problems;
    for (const Finding& finding : findings) {
        const std::string rule(finding.rule->code);
        if (info == InfoFindings::OnlyWhereNamed && finding.severity == Severity::Info && !expected.names(finding.paragraph, rule))
            continue;
        const ExactKey key{finding.paragraph, rule, flagged(document, finding)};
        if (expected.absentEverywhere.count(rule) || expected.absent.count({finding.paragraph, rule})) {
            std::ostringstream out;
            out << "unexpected " << finding.paragraph << " " << rule << " " << std::get<2>(key) << " (" << finding.severity
                << ": " << finding.messageZh << ") where a line says there is none";
            problems.push_back(out.str());
        } else if (expected.counted.count({finding.paragraph, rule})) {
            ++counted[{finding.paragraph, rule}];
        } else {
            ++exact[key];
            example.emplace(key, &finding);
        }
    }
    for (const auto& [key, count] : expected.exact) {
        const auto it = exact.find(key);
        const int found = it == exact.end() ? 0 : it->second;
        if (found != count) {
            std::ostringstream out;
            out << "expected " << count << "× " << std::get<0>(key) << " " << std::get<1>(key) << " " << std::get<2>(key)
                << ", found " << found;
            problems.push_back(out.str());
        }
    }
    for (const auto& [key, count] : exact) {
        if (expected.exact.count(key))
            continue;
        const Finding& finding = *example.at(key);
        std::ostringstream out;
        out << "unexpected " << count << "× " << std::get<0>(key) << " " << std::get<1>(key) << " " << std::get<2>(key)
            << " (" << finding.severity << ": " << finding.messageZh << ")";
        problems.push_back(out.str());
    }
    for (const auto& [key, count] : expected.counted) {
        const auto it = counted.find(key);
        const int found = it == counted.end() ? 0 : it->second;
        if (found != count) {
            std::ostringstream out;
            out << "expected " << count << "× " << key.first << " " << key.second << " (any text), found " << found;
            problems.push_back(out.str());
        }
    }
    return problems;
}

} // namespace gw::test
