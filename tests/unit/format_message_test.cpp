// formatMessage: "{N}" replaced by the N-th argument, every other character kept.
#include "rule.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;

BOOST_AUTO_TEST_SUITE(format_message)

BOOST_AUTO_TEST_CASE(placeholders_take_their_arguments_wherever_they_stand)
{
    BOOST_TEST(formatMessage("“{0}”应为“{1}”", {"一，", "一、"}) == "“一，”应为“一、”");
    BOOST_TEST(formatMessage("{0}{1}{0}", {"a", "bc"}) == "abca");
    BOOST_TEST(formatMessage("no placeholder", {"x"}) == "no placeholder");
    BOOST_TEST(formatMessage("", {"x"}) == "");
}

BOOST_AUTO_TEST_CASE(braces_that_are_no_placeholder_stay_and_a_missing_argument_is_empty)
{
    BOOST_TEST(formatMessage("{{0}} {x} {", {"a"}) == "{a} {x} {");
    BOOST_TEST(formatMessage("[{2}]", {"a"}) == "[]");
    BOOST_TEST(formatMessage("{0", {"a"}) == "{0");
}

BOOST_AUTO_TEST_SUITE_END()
