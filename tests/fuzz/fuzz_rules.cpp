// libFuzzer target over the recognizer, the heading structure, the rules and the fix planner.
// Each input byte picks a token — a marker, a Chinese word, a punctuation mark, a space, a line
// break — so that the fuzzer explores documents made of what real reports are made of.
// Invariants: no crash; the fixes fix-all picks do not overlap; fix-all reaches a fixed point
// (a re-check finds nothing safe to fix) and a second fix-all changes nothing.
#include "engine.hpp"
#include "unicode.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstdio>

namespace {

const char16_t* const kTokens[] = {
    u"一、", u"二、", u"十一、", u"（一）", u"(二)", u"（三)", u"（四）、", u"1.", u"2．", u"３.", u"4、", u"（1）", u"(2)",
    u"⑶", u"①", u"一是", u"二是", u"三是", u"第一，", u"第二、", u"首先", u"其次", u"最后", u"一，", u"X次", u"XXX",
    u"xxx", u"******", u"某某", u"____", u"【】", u"推荐访问", u"版权所有", u"当前隐藏内容免费查看", u"http://a.cn",
    u"加强", u"组织领导", u"工作", u"情况", u"汇报", u"Xbox", u"3.5万元", u"2024.5", u"二0二四", u"２０２４",
    u"。", u"，", u"、", u"；", u"：", u",", u".", u":", u";", u"?", u"!", u"...", u"。。。", u"……", u"“", u"”",
    u"\"", u"（", u"）", u"(", u")", u"《", u"》", u" ", u"\u3000", u"\t", u"\u200B", u"\uFEFF", u"\n", u"\n", u"\n",
    // What the role pass reads: years after markers, lists and fields, parts, split markers,
    // lettered headings, bylines, name lists, 版记 lines and site residue.
    u"2025年", u"职责如下：", u"名称：", u"附件", u"名词解释", u"（\n", u"三）", u"（a）", u"方向1：", u"省长 张三",
    u"张  三、李四光", u"抄送：", u"印发", u"下载", u"【字号：", u"来源：", u"20**", u"**", u"本报记者 李四 摄", u"第二、第七",
    u"\u2028", // a line break inside a paragraph (documentFromPlainText splits at \n only)
    // The elements of a 公文: 版头, 主送机关, 附件说明, 署名 and 成文日期 in their right and wrong forms.
    u"人民政府文件", u"某府发", u"〔2024〕", u"[2024]", u"（24）", u"第05号", u"5号", u"各区人民政府", u"市政府各部门",
    u"附件：", u"附件1", u"2024年5月6日", u"2024年05月06日", u"2024-5-6", u"二〇二四年五月六日", u"（此件公开发布）",
};
constexpr std::size_t kTokenCount = sizeof kTokens / sizeof kTokens[0];

gw::Document documentFrom(const std::uint8_t* data, std::size_t size)
{
    std::u16string text;
    for (std::size_t i = 0; i < size; ++i)
        text += data[i] < kTokenCount ? std::u16string(kTokens[data[i]]) : std::u16string(1, static_cast<char16_t>(u'甲' + data[i]));
    gw::Document document = gw::documentFromPlainText(text);
    // Half the paragraphs get formatting, so that the font, size and outline rules run too.
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        gw::Paragraph& paragraph = document.paragraphs[i];
        if (i % 2 == 0 || paragraph.text.empty())
            continue;
        const auto length = static_cast<std::uint32_t>(paragraph.text.size());
        paragraph.runs.push_back({0, length / 2, u"宋体", u"Arial", 12, false, false});
        paragraph.runs.push_back({length / 2, length - length / 2, u"黑体", u"Arial", 16, true, false});
    }
    return document;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return 0;
    gw::Document document = documentFrom(data, size);
    const gw::Config config;
    const auto findings = gw::check(document, config);

    std::vector<const gw::Finding*> chosen;
    for (const gw::Finding& finding : findings) {
        if (finding.paragraph >= document.paragraphs.size() ||
            finding.start + finding.length > document.paragraphs[finding.paragraph].text.size())
            fail("finding outside its paragraph");
        if (!finding.fixable() || !gw::isSafeFix(finding))
            continue;
        bool overlaps = false;
        for (const gw::Finding* other : chosen)
            overlaps = overlaps || gw::fixesOverlap(other->fix, finding.fix);
        if (!overlaps)
            chosen.push_back(&finding);
    }
    for (std::size_t i = 0; i < chosen.size(); ++i)
        for (std::size_t j = i + 1; j < chosen.size(); ++j)
            if (gw::fixesOverlap(chosen[i]->fix, chosen[j]->fix))
                fail("chosen fixes overlap");

    gw::planFixes(document, config, gw::isSafeFix, 16);
    for (const gw::Finding& finding : gw::check(document, config))
        if (finding.fixable() && gw::isSafeFix(finding)) {
            std::fprintf(stderr, "%s at %u:%u still fixable after fix-all\n", std::string(finding.rule->code).c_str(),
                         finding.paragraph, finding.start);
            fail("fix-all did not reach a fixed point");
        }
    const gw::Document once = document;
    if (!gw::planFixes(document, config, gw::isSafeFix).empty())
        fail("a second fix-all changed the document");
    for (std::size_t i = 0; i < once.paragraphs.size(); ++i)
        if (once.paragraphs[i].text != document.paragraphs[i].text)
            fail("a second fix-all changed the text");
    return 0;
}
