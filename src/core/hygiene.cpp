#include "hygiene.hpp"

#include "unicode.hpp"

#include <unicode/uchar.h>

namespace gw {
namespace {

// Line residue runs to the end of the paragraph (a footer line copied with the text); the rest
// are spans that may sit inside a sentence.
constexpr char16_t kResidue[] =
    u"推荐访问.*"
    u"|版权所有(?![人者])(?:.*)"
    u"|Powered\\s+by.*"
    u"|All\\s+Rights\\s+Reserved\\.?"
    u"|^[\\s\\u3000]*(?:发布|更新|编辑)时间\\s*[:：].*"
    u"|^[\\s\\u3000]*(?:下面|以下)是小编.*"
    u"|小编(?:为|给)大家(?:整理|收集|分享|带来).*"
    u"|^[\\s\\u3000]*(?:本文|文章)来源\\s*[:：].*"
    u"|^[\\s\\u3000]*(?:上一篇|下一篇)\\s*[:：].*"
    u"|^[\\s\\u3000]*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|cc|top|info|vip|xyz|site)\\s*(?:——|—|--|–|\\|).*"
    u"|(?:备案号\\s*[:：]?\\s*)?\\p{Han}{0,2}ICP[备证]\\s*\\d+号(?:-\\d+)?"
    u"|[A-Za-z0-9_]+\\s*分享\\s*时间\\s*[:：]?"
    u"|共计\\s*\\d+\\s*个字\\s*[,，]?\\s*预计阅读时长\\s*\\d+\\s*分钟\\s*[。.]?"
    u"|当前隐藏内容免费查看"
    u"|加入收藏"
    u"|微信扫码(?:领取福利|分享|关注|下载)?"
    u"|领取福利"
    u"|下载本文|收藏本文|打印本文"
    u"|点击(?:查看|阅读)全文"
    u"|全文阅读已结束"
    u"|[（(]?(?:本文|文章)?(?:来源于|转载自|来自)网络[，,]?\\s*如有侵权[，,]?\\s*请联系(?:我们|本站|作者)?删除[。.]?[）)]?"
    u"|如有侵权[，,]?\\s*请联系(?:我们|本站|作者)?删除[。.]?";

constexpr char16_t kAddress[] =
    u"(?:https?|ftp)://[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']+"
    u"|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']*)?"
    u"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
    u"|(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu)(?:\\.cn)?(?![A-Za-z0-9-])";

// Words one of which every residue match contains (Latin ones in lower case). A paragraph without
// any is rejected by one cheap pass instead of a regular-expression search at every position.
constexpr std::u16string_view kResidueWords[] = {
    u"推荐访问", u"版权所有", u"powered", u"rights", u"发布时间", u"更新时间", u"编辑时间", u"小编", u"本文来源",
    u"文章来源", u"上一篇", u"下一篇", u"—", u"–", u"--", u"|", u"icp", u"分享", u"阅读时长", u"当前隐藏内容",
    u"加入收藏", u"微信扫码", u"领取福利", u"下载本文", u"收藏本文", u"打印本文", u"全文", u"侵权"};

char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c; }

bool holdsResidueWord(std::u16string_view text)
{
    static const std::vector<bool> firsts = [] {
        std::vector<bool> set(0x10000, false);
        for (std::u16string_view word : kResidueWords) {
            set[word.front()] = true;
            if (word.front() >= u'a' && word.front() <= u'z')
                set[word.front() - 32] = true;
        }
        return set;
    }();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!firsts[text[i]])
            continue;
        for (std::u16string_view word : kResidueWords) {
            if (i + word.size() > text.size())
                continue;
            std::size_t k = 0;
            while (k < word.size() && lowerAscii(text[i + k]) == word[k])
                ++k;
            if (k == word.size())
                return true;
        }
    }
    return false;
}

// An address has an @, or a dot with a Latin letter after it (the dot of "1.加强" has none).
bool mayHoldAddress(std::u16string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == u'@')
            return true;
        if (text[i] == u'.' && i + 1 < text.size() && lowerAscii(text[i + 1]) >= u'a' && lowerAscii(text[i + 1]) <= u'z')
            return true;
    }
    return false;
}

bool isFiller(char16_t c)
{
    return text::isSpace(c) || u_ispunct(c) || u_charType(c) == U_MATH_SYMBOL || u_charType(c) == U_OTHER_SYMBOL;
}

} // namespace

WebResidue findWebResidue(std::u16string_view text)
{
    static const text::Pattern pattern(kResidue, /*caseInsensitive=*/true);
    WebResidue residue;
    if (!holdsResidueWord(text))
        return residue;
    for (const auto& match : pattern.findAll(text))
        if (match.end > match.start)
            residue.spans.push_back({match.start, match.end});
    if (residue.spans.empty())
        return residue;
    residue.wholeParagraph = true;
    std::uint32_t pos = 0;
    for (const TextSpan& span : residue.spans) {
        for (; pos < span.start && residue.wholeParagraph; ++pos)
            residue.wholeParagraph = isFiller(text[pos]);
        pos = span.end;
    }
    for (; pos < text.size() && residue.wholeParagraph; ++pos)
        residue.wholeParagraph = isFiller(text[pos]);
    return residue;
}

TextSpan withSettingSpace(std::u16string_view text, TextSpan span)
{
    auto isInlineSpace = [](char16_t c) { return c == u' ' || c == u'\u3000' || c == u'\t' || c == u'\u00A0'; };
    TextSpan wider = span;
    while (wider.start > 0 && isInlineSpace(text[wider.start - 1]))
        --wider.start;
    if (wider.start == span.start)
        while (wider.end < text.size() && isInlineSpace(text[wider.end]))
            ++wider.end;
    return wider;
}

std::vector<TextSpan> findWebAddresses(std::u16string_view text)
{
    static const text::Pattern pattern(kAddress, /*caseInsensitive=*/true);
    std::vector<TextSpan> spans;
    if (!mayHoldAddress(text))
        return spans;
    for (const auto& match : pattern.findAll(text)) {
        std::uint32_t end = match.end;
        // Sentence punctuation after an address is not part of it.
        while (end > match.start && std::u16string_view(u".,;:!?)").find(text[end - 1]) != std::u16string_view::npos)
            --end;
        if (end > match.start)
            spans.push_back({match.start, end});
    }
    return spans;
}

} // namespace gw
