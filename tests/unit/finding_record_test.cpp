// The compact record form in which the service hands findings to the CLI: what is written is
// read back field for field, and bytes that are not that form are refused, not half read.
#include "finding_record.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;

namespace {

RecordWriter twoFindings()
{
    RecordWriter writer(2);
    writer.beginFinding("HN-02", "l2-marker-form", "warning", 7, 0, 3, "二级标题应为“（一）”", "A", "一、总体情况",
                        "(一)强化组织领导", "HN-02:1:2", 1);
    writer.edit(7, 0, 3, "（一）");
    // Numbers past one LEB128 byte, an empty string and a string longer than 127 bytes.
    writer.beginFinding("TH-01", "placeholder", "error", 300000, 129, 16384, std::string(200, 'x'), "", "", "X次",
                        "TH-01:3:4", 0);
    return writer;
}

} // namespace

BOOST_AUTO_TEST_SUITE(finding_record)

BOOST_AUTO_TEST_CASE(records_read_back_field_for_field)
{
    std::vector<FindingRecord> records;
    BOOST_REQUIRE(readRecords(twoFindings().bytes(), records));
    BOOST_REQUIRE_EQUAL(records.size(), 2u);
    const FindingRecord& first = records[0];
    BOOST_TEST(first.rule == "HN-02");
    BOOST_TEST(first.slug == "l2-marker-form");
    BOOST_TEST(first.severity == "warning");
    BOOST_TEST((first.paragraph == 7 && first.start == 0 && first.length == 3));
    BOOST_TEST(first.message == "二级标题应为“（一）”");
    BOOST_TEST(first.fixKind == "A");
    BOOST_TEST(first.location == "一、总体情况");
    BOOST_TEST(first.context == "(一)强化组织领导");
    BOOST_TEST(first.key == "HN-02:1:2");
    BOOST_REQUIRE_EQUAL(first.edits.size(), 1u);
    BOOST_TEST((first.edits[0].paragraph == 7 && first.edits[0].start == 0 && first.edits[0].length == 3));
    BOOST_TEST(first.edits[0].replacement == "（一）");
    const FindingRecord& second = records[1];
    BOOST_TEST((second.paragraph == 300000 && second.start == 129 && second.length == 16384));
    BOOST_TEST(second.message == std::string(200, 'x'));
    BOOST_TEST(second.fixKind.empty());
    BOOST_TEST(second.context == "X次");
    BOOST_TEST(second.edits.empty());
}

BOOST_AUTO_TEST_CASE(no_findings_is_the_version_and_a_zero)
{
    const RecordWriter empty(0);
    BOOST_TEST(empty.bytes().size() == 2u);
    std::vector<FindingRecord> records;
    BOOST_TEST(readRecords(empty.bytes(), records));
    BOOST_TEST(records.empty());
}

BOOST_AUTO_TEST_CASE(bytes_cut_short_or_of_another_version_are_refused_whole)
{
    const std::string bytes = twoFindings().bytes();
    std::vector<FindingRecord> records(1); // what the caller had stays as it was
    for (std::size_t length = 0; length < bytes.size(); ++length)
        BOOST_TEST(!readRecords(std::string_view(bytes).substr(0, length), records), "cut at " << length);
    BOOST_TEST(!readRecords(bytes + '\0', records)); // more than the count says
    std::string otherVersion = bytes;
    otherVersion[0] = 2;
    BOOST_TEST(!readRecords(otherVersion, records));
    BOOST_TEST(records.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_length_past_the_end_is_refused)
{
    RecordWriter writer(1);
    writer.beginFinding("A", "b", "c", 1, 2, 3, "m", "", "", "", "k", 0);
    std::string bytes = writer.bytes();
    bytes[2] = 0x7F; // the rule's length: 127 bytes, far past the end
    std::vector<FindingRecord> records;
    BOOST_TEST(!readRecords(bytes, records));
}

BOOST_AUTO_TEST_SUITE_END()
