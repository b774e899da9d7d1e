// UTF-8 as RFC 3629 has it: what LibreOffice takes as a file name, what a JSON writer passes
// through unchanged.
#pragma once

#include <string_view>

namespace gwcli {

// No overlong forms, surrogates, code points past U+10FFFF or cut-off sequences.
bool wellFormedUtf8(std::string_view text);

} // namespace gwcli
