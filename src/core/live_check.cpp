#include "live_check.hpp"

#include "engine.hpp"

#include <algorithm>
#include <array>

namespace gw {
namespace {

// Paragraphs on each side of an edited paragraph that go into its check: enough for the role
// pass to see a list as a list and a heading between body paragraphs as a heading.
constexpr std::uint32_t kNeighbours = 6;

// An edited paragraph is taken for an edit of an old one when they share this many characters
// at the beginning or the end; less is a new paragraph.
constexpr std::size_t kMinimumShared = 2;

std::size_t sharedLength(std::u16string_view a, std::u16string_view b)
{
    const std::size_t limit = std::min(a.size(), b.size());
    std::size_t front = 0;
    while (front < limit && a[front] == b[front])
        ++front;
    std::size_t back = 0;
    while (back < limit && a[a.size() - 1 - back] == b[b.size() - 1 - back])
        ++back;
    return std::max(front, back);
}

} // namespace

bool isParagraphLocal(const RuleInfo& rule)
{
    static constexpr std::array<std::string_view, 23> kLocal = {
        "HN-01", "HN-02", "HN-03", "HN-05", "HN-06", "HN-07", "HP-01", "HP-02",
        "EN-02", "EN-03", "EN-07", "TH-01", "TH-02", "TH-03", "PN-01", "PN-02",
        "PN-03", "PN-06", "PN-07", "PN-08", "PN-10", "PN-11", "PN-12",
    };
    return std::find(kLocal.begin(), kLocal.end(), rule.code) != kLocal.end();
}

CheckedDocument::CheckedDocument(Document document, const Config& config)
    : document_(std::move(document)), config_(config), localConfig_(config)
{
    for (const auto& rule : allRules())
        if (!isParagraphLocal(rule->info()))
            localConfig_.rules[std::string(rule->info().code)].enabled = false;

    findings_ = check(document_, config_);
    const auto paragraphs = static_cast<std::uint32_t>(document_.paragraphs.size());
    firstFinding_.assign(paragraphs + 1, 0);
    for (const Finding& finding : findings_)
        ++firstFinding_[finding.paragraph + 1];
    for (std::uint32_t i = 0; i < paragraphs; ++i)
        firstFinding_[i + 1] += firstFinding_[i];

    byText_.reserve(paragraphs);
    for (std::uint32_t i = 0; i < paragraphs; ++i)
        byText_.emplace(document_.paragraphs[i].text, i); // keeps the first of equal texts
}

std::optional<std::uint32_t> CheckedDocument::find(std::u16string_view text) const
{
    const auto hit = byText_.find(text);
    if (hit == byText_.end())
        return std::nullopt;
    return hit->second;
}

std::vector<Finding> CheckedDocument::findingsOf(std::uint32_t paragraph) const
{
    if (paragraph >= document_.paragraphs.size())
        return {};
    return std::vector<Finding>(findings_.begin() + firstFinding_[paragraph],
                                findings_.begin() + firstFinding_[paragraph + 1]);
}

std::optional<CheckedDocument::Likeness> CheckedDocument::likelyOriginal(std::u16string_view text) const
{
    std::optional<Likeness> best;
    for (std::uint32_t i = 0; i < document_.paragraphs.size(); ++i) {
        const std::size_t shared = sharedLength(document_.paragraphs[i].text, text);
        if (shared >= kMinimumShared && (!best || shared > best->shared))
            best = Likeness{i, shared};
    }
    return best;
}

std::vector<Finding> CheckedDocument::checkEdited(std::u16string_view text) const
{
    std::optional<std::uint32_t> original;
    if (const auto likeness = likelyOriginal(text))
        original = likeness->paragraph;

    Document window;
    window.ignoredFindings = document_.ignoredFindings;
    std::uint32_t target = 0;
    if (original) {
        const std::uint32_t from = *original > kNeighbours ? *original - kNeighbours : 0;
        const auto to = std::min<std::uint32_t>(*original + kNeighbours + 1,
                                                static_cast<std::uint32_t>(document_.paragraphs.size()));
        window.paragraphs.assign(document_.paragraphs.begin() + from, document_.paragraphs.begin() + to);
        target = *original - from;
        // The paragraph keeps its style, list label and outline level; its character formatting is
        // not known (the local rules do not look at it).
        window.paragraphs[target].text = std::u16string(text);
        window.paragraphs[target].runs.clear();
    } else {
        Paragraph paragraph;
        paragraph.text = std::u16string(text);
        window.paragraphs.push_back(std::move(paragraph));
    }

    std::vector<Finding> findings = check(window, localConfig_);
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const Finding& finding) { return finding.paragraph != target; }),
                   findings.end());
    return findings;
}

} // namespace gw
