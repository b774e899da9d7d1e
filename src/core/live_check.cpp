#include "live_check.hpp"

#include "engine.hpp"
#include "unicode.hpp"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <utility>

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

constexpr char16_t kPlaceholder = u'\uFFFC';

// Places the values of a paragraph's U+FFFC in a text: each value starts at one of the text's
// field starts and ends no later than the next one, and the paragraph's text between its U+FFFC
// is the text's between the values.
class FieldAligner {
public:
    FieldAligner(std::u16string_view paragraph, std::u16string_view text, const std::vector<std::uint32_t>& fieldStarts)
        : text_(text), fieldStarts_(fieldStarts)
    {
        std::size_t from = 0;
        for (std::size_t at = paragraph.find(kPlaceholder); at != std::u16string_view::npos;
             at = paragraph.find(kPlaceholder, from)) {
            literals_.push_back(paragraph.substr(from, at - from));
            placeholders_.push_back(static_cast<std::uint32_t>(at));
            from = at + 1;
        }
        literals_.push_back(paragraph.substr(from));
    }

    std::optional<std::vector<FieldValue>> values()
    {
        if (placeholders_.empty() || text_.substr(0, literals_[0].size()) != literals_[0])
            return std::nullopt;
        const auto first = std::find(fieldStarts_.begin(), fieldStarts_.end(), literals_[0].size());
        values_.assign(placeholders_.size(), FieldValue{});
        if (first == fieldStarts_.end() || !place(0, static_cast<std::size_t>(first - fieldStarts_.begin())))
            return std::nullopt;
        return values_;
    }

private:
    // Whether placeholder `k`, its value starting at field start `field`, and those after it all
    // find their place.
    bool place(std::size_t k, std::size_t field)
    {
        const std::uint32_t start = fieldStarts_[field];
        const std::size_t limit =
            std::min<std::size_t>(field + 1 < fieldStarts_.size() ? fieldStarts_[field + 1] : text_.size(), text_.size());
        const std::u16string_view next = literals_[k + 1];
        const auto fits = [&](std::size_t end) {
            return start <= end && end <= limit && text_.substr(end, next.size()) == next;
        };
        values_[k] = FieldValue{placeholders_[k], start, start};
        if (k + 1 == placeholders_.size()) {
            if (text_.size() < next.size() || !fits(text_.size() - next.size()))
                return false;
            values_[k].end = static_cast<std::uint32_t>(text_.size() - next.size());
            return true;
        }
        for (std::size_t after = field + 1; after < fieldStarts_.size(); ++after) {
            if (fieldStarts_[after] < next.size())
                continue;
            const std::size_t end = fieldStarts_[after] - next.size();
            if (end > limit)
                break;
            if (!fits(end) || failed_.count({k + 1, after}))
                continue;
            values_[k].end = static_cast<std::uint32_t>(end);
            if (place(k + 1, after))
                return true;
            failed_.emplace(k + 1, after);
        }
        return false;
    }

    std::u16string_view text_;
    const std::vector<std::uint32_t>& fieldStarts_;
    std::vector<std::u16string_view> literals_; // the paragraph's text around its U+FFFC
    std::vector<std::uint32_t> placeholders_;
    std::vector<FieldValue> values_;
    std::set<std::pair<std::size_t, std::size_t>> failed_; // (placeholder, field start) that led nowhere
};

bool isWrittenInChinese(const Document& document)
{
    std::size_t han = 0;
    std::size_t letters = 0;
    for (const Paragraph& paragraph : document.paragraphs) {
        const std::u16string& text = paragraph.text;
        for (std::size_t i = 0; i < text.size();) {
            UChar32 c = 0;
            U16_NEXT(text.data(), i, text.size(), c);
            if (text::isHan(static_cast<char32_t>(c)))
                ++han;
            else if (!u_isalpha(c))
                continue;
            ++letters;
        }
    }
    return letters > 0 && 2 * han >= letters;
}

} // namespace

std::uint32_t ParagraphMatch::textOffset(std::uint32_t offset) const
{
    std::int64_t out = offset;
    for (const FieldValue& field : fields)
        if (field.placeholder < offset)
            out += static_cast<std::int64_t>(field.end - field.start) - 1;
    return static_cast<std::uint32_t>(out);
}

bool ParagraphMatch::coversField(std::uint32_t start, std::uint32_t end) const
{
    return std::any_of(fields.begin(), fields.end(),
                       [&](const FieldValue& field) { return start <= field.placeholder && field.placeholder < end; });
}

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
    for (std::uint32_t i = 0; i < paragraphs; ++i) {
        byText_.emplace(document_.paragraphs[i].text, i); // keeps the first of equal texts
        if (document_.paragraphs[i].text.find(kPlaceholder) != std::u16string::npos)
            withPlaceholders_.push_back(i);
    }
    chinese_ = isWrittenInChinese(document_);
}

std::optional<std::uint32_t> CheckedDocument::find(std::u16string_view text) const
{
    const auto hit = byText_.find(text);
    if (hit == byText_.end())
        return std::nullopt;
    return hit->second;
}

std::optional<ParagraphMatch> CheckedDocument::find(std::u16string_view text,
                                                    const std::vector<std::uint32_t>& fieldStarts) const
{
    if (const auto exact = find(text))
        return ParagraphMatch{*exact, {}};
    if (fieldStarts.empty())
        return std::nullopt;
    for (const std::uint32_t paragraph : withPlaceholders_)
        if (auto values = FieldAligner(document_.paragraphs[paragraph].text, text, fieldStarts).values())
            return ParagraphMatch{paragraph, std::move(*values)};
    return std::nullopt;
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
