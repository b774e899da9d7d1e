#include "rule.hpp"

#include <algorithm>
#include <optional>

namespace gw {

namespace {
std::vector<std::unique_ptr<Rule>>& registeredRules()
{
    static std::vector<std::unique_ptr<Rule>> rules;
    return rules;
}
} // namespace

RuleRegistrar::RuleRegistrar(std::unique_ptr<Rule> rule)
{
    auto& rules = registeredRules();
    rules.push_back(std::move(rule));
    // Catalogue order: by code, whatever order the linker ran the registrars in.
    std::sort(rules.begin(), rules.end(),
              [](const auto& a, const auto& b) { return a->info().code < b->info().code; });
}

const std::vector<std::unique_ptr<Rule>>& allRules() { return registeredRules(); }

const Rule* findRule(std::string_view codeOrSlug)
{
    for (const auto& rule : registeredRules())
        if (rule->info().code == codeOrSlug || rule->info().slug == codeOrSlug)
            return rule.get();
    return nullptr;
}

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "error";
}

Finding& FindingSink::report(std::uint32_t paragraph, std::uint32_t start, std::uint32_t length,
                             std::string messageZh, std::string messageEn, Fix fix)
{
    Finding& finding = findings_.emplace_back();
    finding.rule = &rule_;
    finding.severity = rule_.severity;
    finding.paragraph = paragraph;
    finding.start = start;
    finding.length = length;
    finding.messageZh = std::move(messageZh);
    finding.messageEn = std::move(messageEn);
    finding.fix = std::move(fix);
    return finding;
}

std::string formatMessage(std::string_view pattern, std::initializer_list<std::string_view> args)
{
    // The placeholder at `i`, if there is one: its argument (empty for an index beyond them).
    auto placeholderAt = [&](std::size_t i) -> std::optional<std::string_view> {
        if (i + 2 >= pattern.size() || pattern[i + 2] != '}' || pattern[i + 1] < '0' || pattern[i + 1] > '9')
            return std::nullopt;
        const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
        return index < args.size() ? *(args.begin() + index) : std::string_view();
    };
    // The message's parts in order, the text between placeholders and their arguments.
    auto forEachPart = [&](auto&& part) {
        std::size_t from = 0;
        for (std::size_t i = pattern.find('{'); i != std::string_view::npos; i = pattern.find('{', i + 1)) {
            if (const auto arg = placeholderAt(i)) {
                part(pattern.substr(from, i - from));
                part(*arg);
                i += 2;
                from = i + 1;
            }
        }
        part(pattern.substr(from));
    };
    // Measured first, so that the message is allocated once: one is built for every finding,
    // and a long document has tens of thousands.
    std::size_t size = 0;
    forEachPart([&](std::string_view part) { size += part.size(); });
    std::string out;
    out.reserve(size);
    forEachPart([&](std::string_view part) { out += part; });
    return out;
}

} // namespace gw
