// getStructure's JSON: the document's elements and heading tree (core documentTree), each node
// with the keys of the findings in its own paragraphs. docs/report-schema.md describes it.
#pragma once

#include "document.hpp"
#include "rule.hpp"
#include "structure.hpp"

#include <string>
#include <vector>

namespace gwcheck::uno {

std::string structureJson(const gw::Document& document, const gw::Structure& structure,
                          const std::vector<gw::Finding>& findings);

} // namespace gwcheck::uno
