#include "unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/rbnf.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace gw::text {
namespace {

std::u16string toU16(const icu::UnicodeString& s)
{
    return std::u16string(s.getBuffer(), static_cast<std::size_t>(s.length()));
}

// ICU's zh spellout rules, behind a lock: the rules of one check run on several threads, and a
// RuleBasedNumberFormat is not safe to share between threads even through its const methods
// (ICU-23348, fixed in 2026: its parse may build a collator in place, its format may use one
// break iterator for all).
class ChineseSpellout {
public:
    static ChineseSpellout& instance()
    {
        static ChineseSpellout spellout;
        return spellout;
    }

    std::u16string format(int number)
    {
        icu::UnicodeString out;
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            format_->format(static_cast<int32_t>(number), out);
        }
        return toU16(out);
    }

    std::optional<int> parse(std::u16string_view numeral)
    {
        const icu::UnicodeString in(false, numeral.data(), static_cast<int32_t>(numeral.size()));
        icu::Formattable result;
        icu::ParsePosition position;
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            format_->parse(in, result, position);
        }
        if (position.getIndex() != in.length() || position.getErrorIndex() >= 0)
            return std::nullopt;
        UErrorCode status = U_ZERO_ERROR;
        const int64_t value = result.getInt64(status);
        if (U_FAILURE(status) || value <= 0 || value > 99999)
            return std::nullopt;
        return static_cast<int>(value);
    }

private:
    ChineseSpellout()
    {
        UErrorCode status = U_ZERO_ERROR;
        format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
        if (U_FAILURE(status))
            throw std::runtime_error("ICU has no Chinese spellout rules");
    }

    std::mutex mutex_;
    std::unique_ptr<icu::RuleBasedNumberFormat> format_;
};

// The sequence numbers of markers, 1…99 as ICU spells them, both ways: nearly every numeral a
// check spells or reads is one of them, looked up without the lock (and parsing with the rules is
// slow; ICU parses each of these spellings back to its number).
class SequenceNumerals {
public:
    static const SequenceNumerals& instance()
    {
        static const SequenceNumerals numerals;
        return numerals;
    }

    std::array<std::u16string, 100> spelled; // by number; [0] unused
    std::unordered_map<std::u16string, int> numbers;

private:
    SequenceNumerals()
    {
        for (int number = 1; number < static_cast<int>(spelled.size()); ++number) {
            spelled[static_cast<std::size_t>(number)] = ChineseSpellout::instance().format(number);
            numbers.emplace(spelled[static_cast<std::size_t>(number)], number);
        }
    }
};

const icu::Normalizer2& nfkc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error("ICU has no NFKC data");
    return *normalizer;
}

} // namespace

std::u16string chineseNumeral(int number)
{
    const auto& sequence = SequenceNumerals::instance().spelled;
    if (number >= 1 && static_cast<std::size_t>(number) < sequence.size())
        return sequence[static_cast<std::size_t>(number)];
    return ChineseSpellout::instance().format(number);
}

std::optional<int> parseChineseNumeral(std::u16string_view numeral)
{
    const auto& numbers = SequenceNumerals::instance().numbers;
    if (const auto known = numbers.find(std::u16string(numeral)); known != numbers.end())
        return known->second;
    if (numeral.empty())
        return std::nullopt;
    for (char16_t c : numeral)
        if (!isChineseDigit(c))
            return std::nullopt;
    return ChineseSpellout::instance().parse(numeral);
}

bool isChineseDigit(char16_t c)
{
    // The characters of ICU's zh spellout, plus 零 and 两 that people type.
    return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) &&
           std::u16string_view(u"〇零一二两三四五六七八九十百千万").find(c) != std::u16string_view::npos;
}

char32_t foldWidth(char32_t c)
{
    if (!isFullwidthForm(c))
        return c;
    icu::UnicodeString folded;
    UErrorCode status = U_ZERO_ERROR;
    nfkc().normalize(icu::UnicodeString(static_cast<UChar32>(c)), folded, status);
    if (U_FAILURE(status) || folded.countChar32() != 1)
        return c;
    return static_cast<char32_t>(folded.char32At(0));
}

std::u16string foldWidth(std::u16string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    const icu::UnicodeString in(false, s.data(), static_cast<int32_t>(s.size()));
    for (int32_t i = 0; i < in.length();) {
        const UChar32 c = in.char32At(i);
        const icu::UnicodeString one(static_cast<UChar32>(foldWidth(static_cast<char32_t>(c))));
        out.append(one.getBuffer(), static_cast<std::size_t>(one.length()));
        i += U16_LENGTH(c);
    }
    return out;
}

// The character classes are asked of every character: as frozen sets, not property lookups.
bool isFullwidthForm(char32_t c)
{
    static const CharacterSet fullwidth(u"[:East_Asian_Width=Fullwidth:]");
    return fullwidth.contains(c);
}

bool isHan(char32_t c)
{
    static const CharacterSet han(u"[:Script=Han:]");
    return han.contains(c);
}

bool isCjkPunctuation(char32_t c)
{
    static const CharacterSet punctuation(u"[[:P:]&[[:East_Asian_Width=Fullwidth:][:East_Asian_Width=Wide:]]]");
    return punctuation.contains(c);
}

bool isCjk(char32_t c) { return isHan(c) || isCjkPunctuation(c); }

bool isSpace(char32_t c)
{
    static const CharacterSet space(u"[:White_Space:]");
    return space.contains(c);
}

struct CharacterSet::Frozen {
    icu::UnicodeSet set;
};

CharacterSet::CharacterSet(std::u16string_view pattern) : frozen_(std::make_unique<Frozen>())
{
    icu::UnicodeSet& set = frozen_->set;
    UErrorCode status = U_ZERO_ERROR;
    set.applyPattern(icu::UnicodeString(pattern.data(), static_cast<int32_t>(pattern.size())), status);
    if (U_FAILURE(status))
        throw std::logic_error("character set does not compile: " + toUtf8(pattern));
    set.freeze();
    auto mark = [&](UChar32 unit) { table_[static_cast<std::size_t>(unit) >> 6] |= std::uint64_t{1} << (unit & 63); };
    for (int32_t range = 0; range < set.getRangeCount(); ++range) {
        const UChar32 first = set.getRangeStart(range), last = set.getRangeEnd(range);
        for (UChar32 c = first; c <= std::min<UChar32>(last, 0xFFFF); ++c)
            mark(c);
        if (last >= 0x10000)
            for (UChar32 lead = U16_LEAD(std::max<UChar32>(first, 0x10000)); lead <= U16_LEAD(last); ++lead)
                mark(lead);
    }
}

CharacterSet::~CharacterSet() = default;

bool CharacterSet::containsBeyondTable(char32_t c) const { return frozen_->set.contains(static_cast<UChar32>(c)); }

std::size_t CharacterSet::surrogateMatch(std::u16string_view text, std::size_t from, std::size_t i) const
{
    const char16_t unit = text[i];
    if (U16_IS_TRAIL(unit) && i > from && U16_IS_LEAD(text[i - 1]))
        return 0; // the second half of a pair the set does not hold
    if (U16_IS_LEAD(unit) && i + 1 < text.size() && U16_IS_TRAIL(text[i + 1]))
        return frozen_->set.contains(U16_GET_SUPPLEMENTARY(unit, text[i + 1])) ? 2 : 0;
    return frozen_->set.contains(unit) ? 1 : 0;
}

std::size_t CharacterSet::find(std::u16string_view text, std::size_t from) const
{
    std::size_t i = from;
    // Four units a step while the table has none of them: most text holds none of a set's
    // characters, and one test of four keeps the processor busy where four tests would wait.
    for (; i + 4 <= text.size(); i += 4)
        if (inTable(text[i]) | inTable(text[i + 1]) | inTable(text[i + 2]) | inTable(text[i + 3]))
            break;
    for (; i < text.size(); ++i)
        if (inTable(text[i]) && (!U16_IS_SURROGATE(text[i]) || surrogateMatch(text, from, i) > 0))
            return i;
    return std::u16string_view::npos;
}

std::size_t CharacterSet::spanEnd(std::u16string_view text, std::size_t from) const
{
    std::size_t i = from;
    while (i < text.size() && inTable(text[i])) {
        const std::size_t length = U16_IS_SURROGATE(text[i]) ? surrogateMatch(text, from, i) : 1;
        if (length == 0)
            break;
        i += length;
    }
    return i;
}

struct Pattern::Compiled {
    std::unique_ptr<icu::RegexPattern> pattern;
};

Pattern::Pattern(std::u16string_view regex, bool caseInsensitive) : compiled_(std::make_unique<Compiled>())
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    compiled_->pattern.reset(icu::RegexPattern::compile(
        icu::UnicodeString(regex.data(), static_cast<int32_t>(regex.size())), caseInsensitive ? UREGEX_CASE_INSENSITIVE : 0,
        parseError, status));
    if (U_FAILURE(status))
        throw std::logic_error("regular expression does not compile: " + toUtf8(regex) + " at offset " +
                               std::to_string(parseError.offset));
}

Pattern::~Pattern() = default;

namespace {
Pattern::Match currentMatch(icu::RegexMatcher& matcher)
{
    UErrorCode status = U_ZERO_ERROR;
    Pattern::Match match;
    match.start = static_cast<std::uint32_t>(matcher.start(status));
    match.end = static_cast<std::uint32_t>(matcher.end(status));
    for (int32_t g = 0; g <= matcher.groupCount(); ++g)
        match.groups.emplace_back(matcher.start(g, status), matcher.end(g, status));
    return match;
}
} // namespace

std::vector<Pattern::Match> Pattern::findAll(std::u16string_view text) const
{
    std::vector<Match> matches;
    const icu::UnicodeString input(false, text.data(), static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(compiled_->pattern->matcher(input, status));
    while (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status))
        matches.push_back(currentMatch(*matcher));
    return matches;
}

std::optional<Pattern::Match> Pattern::lookingAt(std::u16string_view text) const
{
    const icu::UnicodeString input(false, text.data(), static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(compiled_->pattern->matcher(input, status));
    if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status))
        return std::nullopt;
    return currentMatch(*matcher);
}

std::string toUtf8(std::u16string_view s)
{
    std::string out;
    icu::UnicodeString(false, s.data(), static_cast<int32_t>(s.size())).toUTF8String(out);
    return out;
}

std::u16string fromUtf8(std::string_view s)
{
    return toU16(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))));
}

} // namespace gw::text
