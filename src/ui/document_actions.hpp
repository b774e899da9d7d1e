// What the UI does to the document itself: find a finding's text, select it, and put findings
// in as comments (or take them out again). Checking and fixing are the service's.
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/text/XTextRange.hpp>

namespace gwui {

// The text of a finding: paragraph `paragraph` counted as the checker counts them (body text in
// document order, table cells row by row inside), UTF-16 offsets in it. Empty when the
// document has fewer paragraphs (it changed since the check).
Reference<css::text::XTextRange> findingRange(const Reference<css::lang::XComponent>& document,
                                              sal_Int32 paragraph, sal_Int32 start, sal_Int32 length);

// Selects the range in the document's view; Writer scrolls it into sight.
bool selectRange(const Reference<css::lang::XComponent>& document, const Reference<css::text::XTextRange>& range);

// Inserts one comment per finding, authored "公文检查", in one undo step; returns how many.
int insertAnnotations(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::lang::XComponent>& document,
                      const Sequence<org::gwcheck::Finding>& findings);

// Removes the comments authored "公文检查" and no others, in one undo step; returns how many.
int removeAnnotations(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::lang::XComponent>& document);

} // namespace gwui
