// gwcheck's comments in a document: the service's annotate() puts them in, the Writer UI's
// "remove comments" takes them out again. Both know them by their author.
#pragma once

#include "adapter.hxx"

#include "rule.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <rtl/ustring.hxx>

#include <string_view>
#include <vector>

namespace gwcheck::uno {

// The author of every comment gwcheck adds, whatever the UI language (UTF-8).
inline constexpr char kAnnotationAuthor[] = "公文检查";

// Puts a comment on the text of each finding — "RULE message", the message in `language` —
// mapped through `writer` (a collapsed range for a zero-length finding); a finding whose text
// Writer cannot address is left out. The caller makes it one undo step. Returns how many.
int insertAnnotations(const WriterDocument& writer, const std::vector<const gw::Finding*>& findings,
                      std::string_view language);

// Removes the comments authored kAnnotationAuthor and no others, in one undo step titled
// `undoTitle`; returns how many.
int removeAnnotations(const css::uno::Reference<css::text::XTextDocument>& document, const rtl::OUString& undoTitle);

} // namespace gwcheck::uno
