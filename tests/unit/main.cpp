#define BOOST_TEST_MODULE gwcheck core
#include <boost/test/unit_test.hpp>
