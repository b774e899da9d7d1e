// Lines that follow layout conventions of their own, told from a paragraph's text: bylines and
// photo credits, aligned name lists and the lines of the 版记. In them a space between 职务 and
// 姓名, a space padding a two-character name to the width of a three-character one, or the gap
// between 印发机关 and 印发日期 is the convention, not a slip; and a 版记 line is set 左空一字
// (GB/T 9704-2012 §7.4), not indented like body text. The evidence each kind needs is given with
// it below; a short line without sentence punctuation is none of them on that ground alone.
#pragma once

#include "hygiene.hpp"

#include <cstdint>
#include <string_view>

namespace gw {

enum class LineKind : std::uint8_t {
    Other,
    // 职务 or 单位+职务, a space, then one or more names; a photo credit on its own line ends
    // with 摄: "省长 李炳军", "国务院总理 李强", "上海市市长 龚 正", "本报记者 韩卿立 摄".
    // Evidence: the words before the first space end with a job title (a closed list, see
    // line_kinds.cpp), and all that follows is names — two or three Han characters, a
    // two-character name padded by a space ("龚 正"), or a name with a middle dot
    // ("艾尔肯·吐尼亚孜") — and nothing else but a closing 摄.
    Byline,
    // A photo caption whose last sentence is followed by its credit:
    // "…作政府工作报告。本报记者 韩卿立 摄", "政府工作报告。 贵州日报天眼新闻记者 李森 摄".
    // Evidence: the text after the last 。！？ (or the whole line) is 职务 + names + 摄 as above.
    Caption,
    // Names padded to align in a 名单 or 署名 block: "张  三、李四光、王  五", "组  长：李四光".
    // Evidence: the line is names only (after an optional "label："), separated by 、，or spaces,
    // and the padding aligns: a padded two-character name together with a three-character one,
    // or padding exactly one character wide (one 全角空格 or two half-width spaces); or at
    // least three names set apart by spaces, one of three characters.
    NameList,
    // A 版记 line: "抄送：…" (also 抄报 主送 分送 报送 发送 校对 印数), "（共印20份）", or
    // 印发机关 + 印发日期 + 印发: "某某公司办公室  2025年1月2日印发".
    Imprint,
};

struct LineReading {
    LineKind kind = LineKind::Other;
    // Where spaces follow the kind's convention: the whole line of a byline or name list, a
    // caption's credit with the space that sets it off, the gap between 印发机关 and 印发日期 —
    // and in any line, the padding of a two-character label aligned with three ("电  话：").
    // Empty (start == end) for Other and for 版记 lines without that gap.
    TextSpan spacedByConvention;
};

// What kind of line `text` (one paragraph) is. Neighbours are not needed for these kinds: each
// carries its evidence in itself. (A 名单 line of two-character names only, aligned with
// three-character names on the lines around it, is left as Other.)
LineReading readLine(std::u16string_view text);

} // namespace gw
