// The elements of a 公文 (GB/T 9704-2012 §7) as the core recognises them, the tree the service
// will show, and the rules EL-01 … EL-08 on them: each rule's true case, its near misses and its
// fixes, which reach a fixed point.
#include "test_support.hpp"

#include "structure.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>

using namespace gw;
using namespace gw::test;

namespace {

Document fixture(const std::string& name)
{
    return documentFromPlainText(text::fromUtf8(readFile(std::string(GWCHECK_FIXTURES) + "/elements/" + name)));
}

// "kind first-last" for every element, in order.
std::string elementList(const Document& document)
{
    const Structure structure = Structure::build(document, Config{});
    std::ostringstream out;
    for (const Element& element : structure.elements().elements)
        out << elementSlug(element.kind) << ' ' << element.first << '-' << element.last << (element.confident() ? "" : "?")
            << '\n';
    return out.str();
}

Paragraph line(const char* text)
{
    Paragraph paragraph;
    paragraph.text = text::fromUtf8(text);
    return paragraph;
}

bool hasElement(const Document& document, ElementKind kind)
{
    return Structure::build(document, Config{}).elements().find(kind) != nullptr;
}

// A 通知 with its 版头, 主送机关, a body, 署名 and 成文日期; `docNumber`, `addressee` and `date` vary.
Document notice(const char* docNumber, const char* addressee, const char* date)
{
    return doc({"某某市人民政府文件", docNumber, "某某市人民政府关于做好2024年度安全生产工作的通知", addressee,
                "为切实做好全市安全生产工作，有效防范各类事故发生，经市人民政府同意，现将有关事项通知如下。",
                "各区要于2024年6月30日前完成隐患排查整治，并将整治情况报市应急管理局。", "某某市人民政府", date});
}

std::vector<std::string> flaggedAfterFix(const Document& document, std::string_view code)
{
    return flaggedBy(fixedBy(document, code), code);
}

// Every EL finding on a document, "code:paragraph", for the precision cases.
std::vector<std::string> elFindings(const Document& document, const Config& config = {})
{
    std::vector<std::string> out;
    for (const Finding& finding : check(document, config))
        if (finding.rule->code.substr(0, 3) == "EL-")
            out.push_back(std::string(finding.rule->code) + ":" + std::to_string(finding.paragraph));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(elements)

BOOST_AUTO_TEST_CASE(every_element_of_a_full_notice_has_its_range)
{
    const Document d = fixture("notice-full.txt");
    BOOST_TEST(elementList(d) == "issuer-mark 0-0\n"
                                 "doc-number 1-1\n"
                                 "title 2-2\n"
                                 "addressee 3-3\n"
                                 "body 4-14\n"
                                 "attachment-note 15-16\n"
                                 "signature 17-17\n"
                                 "date 18-18\n"
                                 "note 19-19\n"
                                 "attachment 20-23\n"
                                 "attachment 24-27\n"
                                 "copy-to 28-28\n"
                                 "imprint 29-29\n");
    const Structure structure = Structure::build(d, Config{});
    const DocumentElements& elements = structure.elements();
    BOOST_REQUIRE_EQUAL(elements.attachmentNames.size(), 2u);
    BOOST_TEST(elements.attachmentNames[1].number == 2);
    BOOST_TEST(paragraphText(d, 16).substr(0, 2) == "2.");
    BOOST_REQUIRE_EQUAL(elements.attachmentParts.size(), 2u);
    BOOST_TEST(elements.attachmentParts[1].number == 2);
    BOOST_TEST(*elements.attachmentParts[1].title == 25u);
    BOOST_TEST(elFindings(d).empty());
}

BOOST_AUTO_TEST_CASE(the_elements_of_the_genre_documents)
{
    const auto genre = [](const std::string& name) {
        return documentFromPlainText(text::fromUtf8(readFile(std::string(GWCHECK_FIXTURES) + "/genres/" + name)));
    };
    // A 函: a two-line 附件说明 and a 附注 with the contact person.
    BOOST_TEST(elementList(genre("letter-01.txt")) == "issuer-mark 0-0\n"
                                                      "doc-number 1-1\n"
                                                      "title 2-2\n"
                                                      "addressee 3-3\n"
                                                      "body 4-8\n"
                                                      "attachment-note 9-10\n"
                                                      "signature 11-11\n"
                                                      "date 12-12\n"
                                                      "note 13-13\n");
    // A 决定 with its attachment page "附件" and the 版记.
    BOOST_TEST(elementList(genre("decision-01.txt")) == "issuer-mark 0-0\n"
                                                        "doc-number 1-1\n"
                                                        "title 2-2\n"
                                                        "addressee 3-3\n"
                                                        "body 4-6\n"
                                                        "attachment-note 7-7\n"
                                                        "signature 8-8\n"
                                                        "date 9-9\n"
                                                        "note 10-10\n"
                                                        "attachment 11-16\n"
                                                        "copy-to 17-17\n"
                                                        "imprint 18-18\n");
    // A 印发通知: what follows the 成文日期 and the 附注 is the 规定 it issues.
    const Document issuing = genre("notice-01.txt");
    const Structure structure = Structure::build(issuing, Config{});
    const Element* issued = structure.elements().find(ElementKind::Attachment);
    BOOST_REQUIRE(issued);
    BOOST_TEST(issued->first == 9u);
    BOOST_TEST(issued->last == 32u);
    // "- date: 2025-03-01" of a guide's front matter is no 成文日期.
    BOOST_TEST(!hasElement(genre("plan-03-guide.txt"), ElementKind::Date));
}

BOOST_AUTO_TEST_CASE(the_tree_nests_the_headings_inside_the_body)
{
    const Document d = fixture("notice-full.txt");
    const Structure structure = Structure::build(d, Config{});
    const std::vector<StructureNode> tree = documentTree(d, structure);
    BOOST_REQUIRE_EQUAL(tree.size(), 13u);
    const StructureNode& body = tree[4];
    BOOST_TEST(elementSlug(body.element) == "body");
    std::ostringstream out;
    const auto print = [&](const auto& self, const StructureNode& node, int depth) -> void {
        out << std::string(static_cast<std::size_t>(depth) * 2, ' ') << text::toUtf8(node.marker) << ' ' << node.level << ' '
            << node.first << '-' << node.last << '\n';
        for (const StructureNode& child : node.children)
            self(self, child, depth + 1);
    };
    for (const StructureNode& child : body.children)
        print(print, child, 0);
    BOOST_TEST(out.str() == "一、 1 5-6\n"
                            "二、 1 7-12\n"
                            "  （一） 2 8-9\n"
                            "  （二） 2 10-12\n"
                            "    1. 3 11-11\n"
                            "    2. 3 12-12\n"
                            "三、 1 13-14\n");
    BOOST_TEST(tree[0].children.empty());
}

BOOST_AUTO_TEST_CASE(a_government_work_report_has_a_title_and_a_body_only)
{
    const Document d = doc({"下载", "打印", "政府工作报告", "——2026年1月27日在某某省第十四届人民代表大会第四次会议上",
                            "省长 李炳军", "2026-01-31 07:00:44", "各位代表：",
                            "现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。",
                            "一、2025年和“十四五”时期工作回顾",
                            "2025年是“十四五”收官之年，全省经济运行稳中向好，主要指标好于预期，民生保障有力有效。",
                            "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！"});
    for (ElementKind kind : {ElementKind::Addressee, ElementKind::Date, ElementKind::Signature, ElementKind::DocNumber,
                             ElementKind::IssuerMark})
        BOOST_TEST(!hasElement(d, kind), elementSlug(kind));
    BOOST_TEST(hasElement(d, ElementKind::Title));
    BOOST_TEST(hasElement(d, ElementKind::Body));
    Config formal;
    formal.profile = Profile::Formal;
    BOOST_TEST(elFindings(d, formal).empty());
}

BOOST_AUTO_TEST_CASE(a_date_in_a_sentence_or_a_table_cell_is_no_date_of_issue)
{
    Document d = notice("某府发〔2024〕5号", "各区人民政府：", "2024年05月06日");
    BOOST_TEST(hasElement(d, ElementKind::Date));
    // The same date in a table cell.
    d.paragraphs.back().container = Container::Table;
    BOOST_TEST(!hasElement(d, ElementKind::Date));
    BOOST_TEST(findingsOf(d, "EL-03").empty());
    // In a sentence.
    d.paragraphs.back().container = Container::Body;
    d.paragraphs.back().text = u"本通知自2024年05月06日起施行。";
    BOOST_TEST(!hasElement(d, ElementKind::Date));
    // Alone on its line, but with the body going on after it: a date in a schedule.
    const Document schedule = doc({"某某市人民政府关于做好2024年度安全生产工作的通知", "各区人民政府：",
                                   "为切实做好全市安全生产工作，有效防范各类事故发生，现将检查安排通知如下。", "2024年05月06日",
                                   "市应急管理局组织对重点企业开展现场检查，各区派员参加并做好记录。"});
    BOOST_TEST(!hasElement(schedule, ElementKind::Date));
}

BOOST_AUTO_TEST_CASE(an_addressee_names_organizations)
{
    for (const char* addressee : {"各省、自治区、直辖市人民政府办公厅（室）：", "各县（市、区）人民政府，市政府各部门，各直属机构：",
                                  "公司各部门、各子公司：", "市工业和信息化局："}) {
        const Document d = doc({"某某市人民政府关于做好2024年度安全生产工作的通知", addressee,
                                "为切实做好全市安全生产工作，有效防范各类事故发生，经市人民政府同意，现将有关事项通知如下。"});
        BOOST_TEST(hasElement(d, ElementKind::Addressee), addressee);
    }
}

BOOST_AUTO_TEST_CASE(an_addressee_runs_on_over_two_lines)
{
    Document twoLines = notice("某府发〔2024〕5号", "各县（市、区）人民政府，市政府各部门，", "2024年5月6日");
    twoLines.paragraphs.insert(twoLines.paragraphs.begin() + 4, line("各直属机构:"));
    const Structure structure = Structure::build(twoLines, Config{});
    const Element* addressee = structure.elements().find(ElementKind::Addressee);
    BOOST_REQUIRE(addressee);
    BOOST_TEST(addressee->first == 3u);
    BOOST_TEST(addressee->last == 4u);
    const auto findings = findingsOf(twoLines, "EL-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 4u);
}

BOOST_AUTO_TEST_CASE(a_template_date_holds_the_place_of_the_date)
{
    // "20**年**月**日" is TH-01's: EL-03 does not judge its form, and in `formal` the date is not missing.
    Config formal;
    formal.profile = Profile::Formal;
    const Document d = notice("某府发〔2024〕5号", "各区人民政府：", "20**年**月**日");
    BOOST_TEST(hasElement(d, ElementKind::Date));
    BOOST_TEST(elFindings(d, formal).empty());
}

BOOST_AUTO_TEST_CASE(a_joint_signature_spans_its_lines)
{
    Document d = notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日");
    d.paragraphs.insert(d.paragraphs.begin() + 6, line("某某市应急管理局"));
    const Structure structure = Structure::build(d, Config{});
    const Element* signature = structure.elements().find(ElementKind::Signature);
    BOOST_REQUIRE(signature);
    BOOST_TEST(signature->first == 6u);
    BOOST_TEST(signature->last == 7u);
    BOOST_TEST(structure.elements().find(ElementKind::Body)->last == 5u);
}

BOOST_AUTO_TEST_CASE(a_salutation_is_no_addressee)
{
    const Document d = doc({"某某市人民政府关于做好2024年度安全生产工作的通知", "各位代表：",
                            "为切实做好全市安全生产工作，有效防范各类事故发生，经市人民政府同意，现将有关事项通知如下。"});
    BOOST_TEST(!hasElement(d, ElementKind::Addressee));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(element_rules)

BOOST_AUTO_TEST_CASE(el01_year_brackets)
{
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日"), "EL-01").empty());
    for (const char* number : {"某府发[2024]5号", "某府发【2024】5号", "某府发（2024）5号", "某府发［2024］5号", "某府发(2024)5号"}) {
        const Document d = notice(number, "各区人民政府：", "2024年5月6日");
        BOOST_TEST(findingsOf(d, "EL-01").size() == 1u, number);
        BOOST_TEST(paragraphText(fixedBy(d, "EL-01"), 1) == "某府发〔2024〕5号", number);
    }
    // Outside the 版头, a document number cited in the body is left to the body's rules.
    BOOST_TEST(findingsOf(doc({"某某市人民政府关于做好2024年度安全生产工作的通知", "各区人民政府：",
                               "根据《关于加强安全生产的意见》（某府发[2023]8号），现将有关事项通知如下。"}),
                          "EL-01")
                   .empty());
}

BOOST_AUTO_TEST_CASE(el02_sequence_number)
{
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日"), "EL-02").empty());
    BOOST_TEST(findingsOf(notice("某府发〔2024〕10号", "各区人民政府：", "2024年5月6日"), "EL-02").empty());
    for (const char* number : {"某府发〔2024〕第5号", "某府发〔2024〕05号", "某府发〔2024〕005号", "某府发〔2024〕第05号"}) {
        const Document d = notice(number, "各区人民政府：", "2024年5月6日");
        BOOST_TEST(findingsOf(d, "EL-02").size() == 1u, number);
        BOOST_TEST(paragraphText(fixedBy(d, "EL-02"), 1) == "某府发〔2024〕5号", number);
    }
    // A year not in full is found; which century it is gwcheck does not guess.
    const auto shortYear = findingsOf(notice("某府发〔24〕5号", "各区人民政府：", "2024年5月6日"), "EL-02");
    BOOST_REQUIRE_EQUAL(shortYear.size(), 1u);
    BOOST_TEST(!shortYear[0].fixable());
}

BOOST_AUTO_TEST_CASE(el03_date_form)
{
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日"), "EL-03").empty());
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年12月31日"), "EL-03").empty());
    for (const char* date : {"2024年05月06日", "2024.5.6", "2024-05-06", "2024/5/6", "2024年5月06日", "二〇二四年五月六日"}) {
        const Document d = notice("某府发〔2024〕5号", "各区人民政府：", date);
        BOOST_TEST(findingsOf(d, "EL-03").size() == 1u, date);
        BOOST_TEST(paragraphText(fixedBy(d, "EL-03"), 7) == "2024年5月6日", date);
    }
    const auto shortYear = findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "24年5月6日"), "EL-03");
    BOOST_REQUIRE_EQUAL(shortYear.size(), 1u);
    BOOST_TEST(!shortYear[0].fixable());
    // 汉字 dates only by option.
    Config chinese;
    chinese.options.allowChineseDate = true;
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "二〇二四年五月六日"), "EL-03", chinese).empty());
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年05月06日"), "EL-03", chinese).size() == 1u);
    BOOST_TEST(parseConfig(R"({"options": {"allowChineseDate": true}})").options.allowChineseDate);
    BOOST_TEST(!Config{}.options.allowChineseDate);
    BOOST_CHECK_THROW(parseConfig(R"({"options": {"allowChineseDate": "yes"}})"), ConfigError);
    BOOST_TEST(parseConfig(configToJson(chinese)).options.allowChineseDate);
}

BOOST_AUTO_TEST_CASE(el04_addressee_colon)
{
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府，市政府各部门：", "2024年5月6日"), "EL-04").empty());
    const Document half = notice("某府发〔2024〕5号", "各区人民政府，市政府各部门:", "2024年5月6日");
    BOOST_TEST(flaggedBy(half, "EL-04") == std::vector<std::string>{":"});
    BOOST_TEST(paragraphText(fixedBy(half, "EL-04"), 3) == "各区人民政府，市政府各部门：");
    const Document missing = notice("某府发〔2024〕5号", "各区人民政府，市政府各部门", "2024年5月6日");
    BOOST_TEST(findingsOf(missing, "EL-04").size() == 1u);
    BOOST_TEST(paragraphText(fixedBy(missing, "EL-04"), 3) == "各区人民政府，市政府各部门：");
    BOOST_TEST(flaggedAfterFix(missing, "EL-04").empty());
    // One organisation's name alone under the title may be the author's: no 主送机关 without its colon.
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "某某市应急管理局", "2024年5月6日"), "EL-04").empty());
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区应急管理局", "2024年5月6日"), "EL-04").size() == 1u);
    // Without a 版头 a line of names without a colon is not taken for the 主送机关.
    Document plain = missing;
    plain.paragraphs.erase(plain.paragraphs.begin(), plain.paragraphs.begin() + 2);
    BOOST_TEST(findingsOf(plain, "EL-04").empty());
}

BOOST_AUTO_TEST_CASE(el05_attachment_note)
{
    const auto withNote = [](std::initializer_list<const char*> note) {
        std::vector<const char*> lines{"某某市人民政府关于做好2024年度安全生产工作的通知", "各区人民政府：",
                                       "为切实做好全市安全生产工作，有效防范各类事故发生，经市人民政府同意，现将有关事项通知如下。"};
        lines.insert(lines.end(), note);
        lines.push_back("某某市人民政府");
        lines.push_back("2024年5月6日");
        Document d;
        for (const char* text : lines)
            d.paragraphs.push_back(line(text));
        return d;
    };
    BOOST_TEST(findingsOf(withNote({"附件：1.安全生产检查表", "2.隐患整改台账"}), "EL-05").empty());
    BOOST_TEST(findingsOf(withNote({"附件：1．安全生产检查表", "2．隐患整改台账"}), "EL-05").empty());
    BOOST_TEST(findingsOf(withNote({"附件：安全生产检查表"}), "EL-05").empty());
    const Document comma = withNote({"附件：1、安全生产检查表", "2、隐患整改台账"});
    BOOST_TEST(flaggedBy(comma, "EL-05") == (std::vector<std::string>{"1、", "2、"}));
    const Document fixed = fixedBy(comma, "EL-05");
    BOOST_TEST(paragraphText(fixed, 3) == "附件：1.安全生产检查表");
    BOOST_TEST(paragraphText(fixed, 4) == "2.隐患整改台账");
    BOOST_TEST(flaggedBy(withNote({"附件：（1）安全生产检查表", "（2）隐患整改台账"}), "EL-05") ==
               (std::vector<std::string>{"（1）", "（2）"}));
    const Document points = withNote({"附件:1.安全生产检查表；", "2.隐患整改台账。"});
    BOOST_TEST(flaggedBy(points, "EL-05") == (std::vector<std::string>{":", "；", "。"}));
    BOOST_TEST(flaggedAfterFix(points, "EL-05").empty());
}

BOOST_AUTO_TEST_CASE(el06_attachments_match_the_note)
{
    Document d = fixture("notice-full.txt");
    BOOST_TEST(findingsOf(d, "EL-06").empty());
    d.paragraphs[25].text = u"临江市政务服务能力提升行动时间安排表";
    const auto title = findingsOf(d, "EL-06");
    BOOST_REQUIRE_EQUAL(title.size(), 1u);
    BOOST_TEST(title[0].paragraph == 25u);
    d = fixture("notice-full.txt");
    d.paragraphs.erase(d.paragraphs.begin() + 24, d.paragraphs.begin() + 28);
    const auto number = findingsOf(d, "EL-06");
    BOOST_REQUIRE_EQUAL(number.size(), 1u);
    BOOST_TEST(number[0].paragraph == 15u);
    // "附件2" labels the first attachment page.
    d = fixture("notice-full.txt");
    d.paragraphs[20].text = u"附件2";
    d.paragraphs[24].text = u"附件1";
    BOOST_TEST(findingsOf(d, "EL-06").size() == 2u);
}

BOOST_AUTO_TEST_CASE(el07_cc_line)
{
    Document d = fixture("notice-full.txt");
    BOOST_TEST(findingsOf(d, "EL-07").empty());
    for (const char* line : {"抄送:市委办公室，市人大常委会办公室。", "抄送：市委办公室，市人大常委会办公室", "抄送：市委办公室，市人大常委会办公室；"}) {
        d.paragraphs[28].text = text::fromUtf8(line);
        BOOST_TEST(findingsOf(d, "EL-07").size() == 1u, line);
        BOOST_TEST(paragraphText(fixedBy(d, "EL-07"), 28) == "抄送：市委办公室，市人大常委会办公室。", line);
    }
}

BOOST_AUTO_TEST_CASE(el08_date_before_the_body)
{
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日"), "EL-08").empty());
    Document early = notice("某府发〔2024〕5号", "各区人民政府：", "某某市人民政府");
    early.paragraphs.insert(early.paragraphs.begin() + 3, line("2024年5月6日"));
    const auto findings = findingsOf(early, "EL-08");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 3u);
    // Above the 署名.
    Document reversed = notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日");
    std::swap(reversed.paragraphs[6], reversed.paragraphs[7]);
    const auto above = findingsOf(reversed, "EL-08");
    BOOST_REQUIRE_EQUAL(above.size(), 1u);
    BOOST_TEST(above[0].paragraph == 6u);
    BOOST_TEST(above[0].messageZh.find("下一行") != std::string::npos);
    // Missing: only in the formal profile.
    Document missing = notice("某府发〔2024〕5号", "各区人民政府：", "某某市人民政府");
    missing.paragraphs.pop_back();
    BOOST_TEST(findingsOf(missing, "EL-08").empty());
    Config formal;
    formal.profile = Profile::Formal;
    const auto inFormal = findingsOf(missing, "EL-08", formal);
    BOOST_REQUIRE_EQUAL(inFormal.size(), 1u);
    BOOST_TEST(inFormal[0].paragraph == 6u);
    BOOST_TEST(findingsOf(notice("某府发〔2024〕5号", "各区人民政府：", "2024年5月6日"), "EL-08", formal).empty());
}

BOOST_AUTO_TEST_CASE(safe_fixes_reach_a_fixed_point)
{
    Document d = doc({"某某市人民政府文件", "某府发[2024]第05号", "某某市人民政府关于做好2024年度安全生产工作的通知",
                      "各区人民政府，市政府各部门:",
                      "为切实做好全市安全生产工作，有效防范各类事故发生，经市人民政府同意，现将有关事项通知如下。",
                      "附件:1、安全生产检查表；", "2、隐患整改台账。", "某某市人民政府", "2024.05.06", "抄送:市委办公室，市人大常委会办公室"});
    const auto isElementFix = [](const Finding& f) { return f.rule->code.substr(0, 3) == "EL-" && isSafeFix(f); };
    const auto before = elFindings(d);
    BOOST_TEST(before.size() >= 9u);
    const auto passes = planFixes(d, {}, isElementFix);
    BOOST_TEST(!passes.empty());
    BOOST_TEST(passes.size() < 4u);
    for (const Finding& finding : check(d, Config{}))
        BOOST_TEST(!(finding.rule->code.substr(0, 3) == "EL-" && finding.fixable()), finding.rule->code << " left");
    BOOST_TEST(paragraphText(d, 1) == "某府发〔2024〕5号");
    BOOST_TEST(paragraphText(d, 3) == "各区人民政府，市政府各部门：");
    BOOST_TEST(paragraphText(d, 5) == "附件：1.安全生产检查表");
    BOOST_TEST(paragraphText(d, 8) == "2024年5月6日");
    BOOST_TEST(paragraphText(d, 9) == "抄送：市委办公室，市人大常委会办公室。");
    // Idempotent: nothing more to do.
    BOOST_TEST(planFixes(d, {}, isElementFix).empty());
}

BOOST_AUTO_TEST_SUITE_END()
