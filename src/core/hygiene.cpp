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
    u"|^[\\s\\u3000]*(?:上一篇|下一篇).*"
    u"|^[\\s\\u3000]*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,6}\\s*(?:——|—|--|–|\\|).*"
    u"|(?:备案号\\s*[:：]?\\s*)?\\p{Han}{0,2}ICP[备证]\\s*\\d+号(?:-\\d+)?"
    u"|[A-Za-z0-9_]+\\s*分享\\s*时间\\s*[:：]?"
    u"|共计\\s*\\d+\\s*个字\\s*[,，]?\\s*预计阅读时长\\s*\\d+\\s*分钟\\s*[。.]?"
    u"|当前隐藏内容免费查看"
    u"|加入收藏"
    u"|微信扫码(?:领取福利|分享|关注|下载)?"
    u"|领取福利"
    u"|下载本文"
    u"|全文阅读已结束";

constexpr char16_t kAddress[] =
    u"(?:https?|ftp)://[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']+"
    u"|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']*)?"
    u"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
    u"|(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu)(?:\\.cn)?(?![A-Za-z0-9-])";

// Characters at least one of which every match contains: a paragraph without any of them cannot
// match, and most body text is rejected by this test far more cheaply than by the expression.
class Triggers {
public:
    explicit Triggers(std::u16string_view characters) : set_(0x10000, false)
    {
        for (char16_t c : characters)
            set_[c] = true;
    }
    bool anyIn(std::u16string_view text) const
    {
        for (char16_t c : text)
            if (set_[c])
                return true;
        return false;
    }

private:
    std::vector<bool> set_;
};

bool isFiller(char16_t c)
{
    return text::isSpace(c) || u_ispunct(c) || u_charType(c) == U_MATH_SYMBOL || u_charType(c) == U_OTHER_SYMBOL;
}

} // namespace

WebResidue findWebResidue(std::u16string_view text)
{
    static const text::Pattern pattern(kResidue, /*caseInsensitive=*/true);
    WebResidue residue;
    static const Triggers triggers(u"推版PpAa时小来上下.Ii分共当加微领全");
    if (!triggers.anyIn(text))
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

std::vector<TextSpan> findWebAddresses(std::u16string_view text)
{
    static const text::Pattern pattern(kAddress, /*caseInsensitive=*/true);
    std::vector<TextSpan> spans;
    static const Triggers triggers(u".@");
    if (!triggers.anyIn(text))
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
