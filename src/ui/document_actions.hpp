// What the UI does to the document itself: select a finding's text (the service finds it) and
// take gwcheck's comments out again. Checking, fixing, locating and annotating are the service's.
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/text/XTextRange.hpp>

namespace gwui {

// Selects the range in the document's view; Writer scrolls it into sight.
bool selectRange(const Reference<css::lang::XComponent>& document, const Reference<css::text::XTextRange>& range);

// Removes the comments gwcheck put in (author 公文检查) and no others, in one undo step;
// returns how many.
int removeAnnotations(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::lang::XComponent>& document);

} // namespace gwui
