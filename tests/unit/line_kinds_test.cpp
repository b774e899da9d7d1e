// line_kinds: bylines, captions, name lists and 版记 lines, each with the lines that look like
// them and are not.
#include "line_kinds.hpp"
#include "unicode.hpp"

#include <boost/test/unit_test.hpp>

#include <ostream>

using namespace gw;

namespace gw {
inline std::ostream& operator<<(std::ostream& out, LineKind kind)
{
    constexpr const char* names[] = {"Other", "Byline", "Caption", "NameList", "Imprint"};
    return out << names[static_cast<int>(kind)];
}
} // namespace gw

namespace {

LineKind kindOf(const char* line) { return readLine(text::fromUtf8(line)).kind; }

// The text of the span where spaces are conventional.
std::string spacedPart(const char* line)
{
    const std::u16string text = text::fromUtf8(line);
    const TextSpan span = readLine(text).spacedByConvention;
    return text::toUtf8(std::u16string_view(text).substr(span.start, span.end - span.start));
}

} // namespace

BOOST_AUTO_TEST_SUITE(line_kinds)

BOOST_AUTO_TEST_CASE(bylines_are_a_job_title_then_names)
{
    for (const char* line : {"上海市市长 龚 正", "四川省人民政府省长 施小琳", "国务院总理 李强", "省长 李炳军",
                             "自治区主席 韦 韬", "自治区主席 艾尔肯·吐尼亚孜", "市长　龚　正", "本报记者 韩卿立 摄",
                             "本报记者 霍艳恩摄", "本报记者 张三 李四 摄", "联系人 张三"})
        BOOST_TEST(kindOf(line) == LineKind::Byline, line);
    BOOST_TEST(spacedPart("省长 李炳军") == "省长 李炳军");
}

BOOST_AUTO_TEST_CASE(short_lines_without_a_job_title_or_a_name_are_not_bylines)
{
    for (const char* line : {"加强 组织领导", "我们 要加强组织领导，推进各项工作。", "经济增长 稳中有进",
                             "省长 要求加强组织领导", "省长 李强，副省长 王五", "一、市长 述职"})
        BOOST_TEST(kindOf(line) != LineKind::Byline, line);
}

BOOST_AUTO_TEST_CASE(captions_end_with_a_credit)
{
    BOOST_TEST(kindOf("自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄") == LineKind::Caption);
    BOOST_TEST(spacedPart("自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄") == "本报记者 韩卿立 摄");
    // The space that sets the credit off the caption is the credit's.
    BOOST_TEST(spacedPart("政府工作报告。 贵州日报天眼新闻记者 李 森 摄") == " 贵州日报天眼新闻记者 李 森 摄");
    BOOST_TEST(spacedPart("省长在会上作报告。（本报记者 朱江 摄）") == "（本报记者 朱江 摄）");
}

BOOST_AUTO_TEST_CASE(a_sentence_that_ends_in_she_is_no_caption)
{
    for (const char* line : {"今天我们一起 去拍摄", "会议强调，要组织 记者拍摄", "本报记者 韩卿立 摄影展开幕了。"})
        BOOST_TEST(kindOf(line) == LineKind::Other, line);
}

BOOST_AUTO_TEST_CASE(name_lists_pad_names_to_align)
{
    for (const char* line : {"张  三、李四光、王  五", "张　三、王　五", "组  长：李四光", "联系人：张  三",
                             "李四光 王小五 赵六六", "张  三  李四光  王  五"})
        BOOST_TEST(kindOf(line) == LineKind::NameList, line);
    BOOST_TEST(spacedPart("张  三、李四光") == "张  三、李四光");
}

BOOST_AUTO_TEST_CASE(padding_that_aligns_nothing_is_no_name_list)
{
    // No three-character name to align with and padding half a character wide; two-character
    // words apart by spaces; too few names; a word too long for a name.
    for (const char* line : {"优化、改 革、创新", "推进 改革 发展", "李四光 王小五", "加强 组织领导", "备注：加 强",
                             "张  三、李四光、加强组织"})
        BOOST_TEST(kindOf(line) == LineKind::Other, line);
}

BOOST_AUTO_TEST_CASE(imprint_lines)
{
    for (const char* line : {"抄送：省委办公厅，省人大常委会办公厅。", "\u3000抄送：市纪委监委。", "校对：李四光",
                             "（共印20份）", "某某公司办公室  2025年1月2日印发", "某某市人民政府办公室　二〇二五年一月二日印发"})
        BOOST_TEST(kindOf(line) == LineKind::Imprint, line);
    BOOST_TEST(spacedPart("某某公司办公室  2025年1月2日印发") == "  ");
    BOOST_TEST(spacedPart("抄送：省委办公厅， 省政府办公厅。").empty()); // a 版记 line, but its other spaces are no convention
}

BOOST_AUTO_TEST_CASE(lines_that_mention_imprint_words_are_not_imprint)
{
    for (const char* line : {"会议要求抄送各有关单位。", "该文件已于2025年1月2日印发。", "抄送单位要及时反馈意见。"})
        BOOST_TEST(kindOf(line) == LineKind::Other, line);
}

BOOST_AUTO_TEST_CASE(bylines_of_other_shapes)
{
    // A four-character name; a byline after the subtitle on its line; a reporter's credit without 摄.
    BOOST_TEST(kindOf("自治区主席 嘎玛泽登") == LineKind::Byline);
    BOOST_TEST(kindOf("2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚") == LineKind::Byline);
    BOOST_TEST(spacedPart("2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚") == " 陕西省省长 赵刚");
    BOOST_TEST(kindOf("任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿") == LineKind::Caption);
    // A sentence before the space, or no job title, is no byline.
    for (const char* line : {"会议强调，要加强领导 省长 赵刚", "在大会上 加强组织领导", "我们要向记者 说明情况。"})
        BOOST_TEST(kindOf(line) == LineKind::Other, line);
}

BOOST_AUTO_TEST_CASE(roster_rows)
{
    // A long label heading the row, a post after the name, a note after it.
    for (const char* line : {"信息技术部：张  丽  刘晓峰", "成  员：王  芳  市人民政府办公室主任", "　　　　孙国庆  市数据资源管理局局长",
                             "请假：赵  磊（出差）"})
        BOOST_TEST(kindOf(line) == LineKind::NameList, line);
    // A post that is no job title, or prose after the label, is no roster row.
    for (const char* line : {"信息技术部：负责 系统运维", "组  长：王建华  负责全面工作", "请假：赵  磊（出差）后补假。"})
        BOOST_TEST(kindOf(line) == LineKind::Other, line);
}

BOOST_AUTO_TEST_CASE(padded_labels_of_a_contact_block)
{
    BOOST_TEST(spacedPart("电  话：010-12345678") == "  ");
    BOOST_TEST(spacedPart("地　址：某某市某某路1号") == "\u3000");
    // Only the label's padding: a stray space in the value is still a slip.
    BOOST_TEST(spacedPart("地址：某某市 某某路1号").empty());
    BOOST_TEST(spacedPart("加强  组织领导：一是…").empty());
}

BOOST_AUTO_TEST_SUITE_END()
