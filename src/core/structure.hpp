// The heading tree of a document, built once from the recognised markers; heading rules work on
// it rather than on raw pattern hits.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "edit.hpp"
#include "elements.hpp"
#include "markers.hpp"
#include "phrase_list.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gw {

// What a numbered paragraph is, decided from the whole document rather than from its marker.
enum class ItemRole : std::uint8_t {
    Heading,  // a heading of the document's outline
    // An item of a list of sentences ("职责如下：" then "1.负责制度建设；" … "4.完成交办的其他工作。"):
    // numbered in sequence, but it opens no section and is no heading.
    ListItem,
    Field,    // "（一）公司名称：某某科技有限公司。": a label and its value (GB/T 15834 §4.7 colon)
};

// The role of every paragraph, from one pass over the whole document. Rules act only on the
// roles they are about, and only where the role is confident.
enum class Role : std::uint8_t {
    Blank,
    Title,     // the document title (one or more lines)
    Heading,   // a numbered heading (Structure::headingAt gives it)
    ListItem,  // a numbered item of a list of sentences
    Field,     // a numbered "label：value" item
    PartLabel, // "附件" "附件2" "附：" "名词解释": what follows is a part of its own, with its own numbering
    MarkerFragment, // "（" alone on a line, the rest of the heading's marker on the next (scrape damage)
    Residue,   // a line of the web page the text was copied from, to be deleted whole (TH-02)
    Byline,    // "上海市市长 龚 正", "本报记者 韩卿立 摄", a photo caption with its credit
    NameList,  // "张  三、李四光、王  五", "组  长：王建华": names padded to align
    Imprint,   // a 版记 line: "抄送：…", "某某办公室  2025年1月2日印发"
    Body,
};

struct ParagraphRole {
    Role role = Role::Body;
    // Weak evidence only (a bare numeral heading, a numbered item in an appended part): rules that
    // report errors leave such paragraphs alone.
    bool confident = true;
};

struct Heading {
    std::uint32_t paragraph = 0;
    Marker marker;
    ItemRole role = ItemRole::Heading;
    int part = 0;           // parts are separated by PartLabel paragraphs and restarts at "一、"
    int parent = -1;        // index into Structure::headings(), -1 at top
    // 1-based position among the parent's children of this level. A run whose first item sits
    // at the end of the paragraph before it ("附件：1．…" then "2．…") starts at that item's
    // number + 1.
    int siblingIndex = 0;
    int run = -1;           // index into Structure::siblingRuns()
    bool standalone = true; // the heading is the whole paragraph
    // End (exclusive) of the heading part: the whole text for standalone headings; for run-in
    // headings up to and including the first "。" (levels 3–4: or "：" when that comes first).
    std::uint32_t headingEnd = 0;
    // A run-in heading part that is not closed by "。": the body starts after a "，" before
    // 一是/首先/第一, after a "：" (levels 1–2, where only levels 3–4 may end in "："), or after
    // a gap of spaces between two Chinese characters. [gapStart, gapEnd) is what separates the
    // heading part from the body; headingEnd == gapStart.
    bool unclosed = false;
    std::uint32_t gapStart = 0, gapEnd = 0;
    // The heading comes after a lower level without any heading of its own level open above
    // it: "（一）" inside a "1." section (GB/T 15834-2011 附录B.3: never a higher marker under a
    // lower one).
    bool inverted = false;
    int inversionOf = -1; // the lower-level heading it follows, when inverted
    // A numbered sentence rather than a heading: a standalone item that ends in a point and is
    // longer than any heading (50 characters) or has nothing under it (the next text is a
    // sibling or a higher heading) — numbered provisions "（一）本规范适用于…。", list items
    // "1.…；", the numbered decisions of a 纪要. The marker rules apply; HP-01 and HF-01…HF-03
    // (heading punctuation and format) leave it alone.
    // List items and fields are clauses too.
    bool clause = false;
    bool confident = true; // see ParagraphRole::confident
    // The marker's opening bracket stands alone in this paragraph before it ("（" ¶ "三）改革…"):
    // the marker is read as if joined; -1 when it is whole.
    int splitFrom = -1;
    // The heading starts after a line break inside its paragraph ("一、总体情况↵（一）工作进展"): the
    // break's offset; -1 when it starts the paragraph.
    int lineBreak = -1;

    int level() const { return marker.level(); }
    bool isOutlineHeading() const { return role == ItemRole::Heading; }
};

// A heading numbered outside GB/T 9704's four forms — lettered "（a）", labelled "方向1：" — with the
// standard marker its place in the outline asks for.
struct NonStandardHeading {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0, end = 0; // the marker as typed
    std::u16string expected;          // "1." under "（一）", "（一）" under "一、"
};

// Spans of text found in some paragraphs, kept in paragraph order: most paragraphs have none.
class ParagraphSpans {
public:
    // The spans of one paragraph, in text order.
    struct Range {
        const TextSpan* first = nullptr;
        const TextSpan* last = nullptr;
        const TextSpan* begin() const { return first; }
        const TextSpan* end() const { return last; }
        bool empty() const { return first == last; }
    };
    // Paragraphs are added in order.
    void add(std::uint32_t paragraph, const std::vector<TextSpan>& spans);
    // The spans of paragraphs after those added so far.
    void append(const ParagraphSpans& later);
    Range of(std::uint32_t paragraph) const;

private:
    std::vector<std::uint32_t> paragraphs_; // one entry per span
    std::vector<TextSpan> spans_;
};

class Structure {
public:
    // `threads` share the per-paragraph reading (see parallel.hpp); the structure is the same
    // whatever their number.
    static Structure build(const Document& document, const Config& config, unsigned threads = 1);

    const std::vector<Heading>& headings() const { return headings_; }
    // Headings with one parent and one level, in document order: the runs numbered 1, 2, 3…
    const std::vector<std::vector<int>>& siblingRuns() const { return runs_; }
    // How many headings (levels 1–4) have `heading` as their parent.
    int childCount(int heading) const { return childCount_[static_cast<std::size_t>(heading)]; }
    // The heading a paragraph is, or nullptr.
    const Heading* headingAt(std::uint32_t paragraph) const;
    // The headings above a paragraph, outermost first (the paragraph's own heading excluded).
    std::vector<const Heading*> ancestors(std::uint32_t paragraph) const;
    // "二、 › （三）": the location of a paragraph for people.
    std::string path(const Document& document, std::uint32_t paragraph) const;
    // The document title paragraph, when one is recognised: its first line.
    std::optional<std::uint32_t> title() const { return title_; }
    // Every line of the title (a long title is set over two or three lines).
    std::vector<std::uint32_t> titleLines() const;
    const ParagraphRole& role(std::uint32_t paragraph) const { return roles_[paragraph]; }
    // Web-page residue inside a paragraph (findWebResidue's spans; a paragraph that is residue as
    // a whole has the role Residue) and web addresses (findWebAddresses), found once for the
    // rules that remove them and the rules that leave them alone.
    ParagraphSpans::Range webResidue(std::uint32_t paragraph) const { return webResidue_.of(paragraph); }
    ParagraphSpans::Range webAddresses(std::uint32_t paragraph) const { return webAddresses_.of(paragraph); }
    const std::vector<NonStandardHeading>& nonStandardHeadings() const { return nonStandard_; }
    // The level-3 dot the document should use: the profile's pinned form, else the form most of
    // its typed level-3 markers use ("." on a tie, GB/T 15834's Western dot).
    char16_t arabicDot() const { return arabicDot_; }
    // The run's first number continues the numbering of the same level under the previous parent
    // ("二、" then "（三）") instead of restarting at 1: HN-09's case, not HN-08's.
    bool continuesNumbering(int run) const { return runContinues_[static_cast<std::size_t>(run)] != 0; }
    // The elements of GB/T 9704-2012 §7 (版头, 标题, 主送机关, 正文, 附件说明, 署名, 成文日期, 附注,
    // 附件, 版记), recognised after the roles and the title.
    const DocumentElements& elements() const { return elements_; }

private:
    void findTitle(const Document& document);
    void findNonStandardHeadings(const Document& document);
    void assignLineRoles(const Document& document, unsigned threads);

    std::vector<Heading> headings_;
    std::vector<std::vector<int>> runs_;
    std::vector<int> childCount_;
    std::vector<char> runContinues_;
    std::vector<int> headingOfParagraph_; // -1 = not a heading
    std::vector<int> enclosingHeading_;   // nearest heading at or before each paragraph
    std::vector<ParagraphRole> roles_;
    std::vector<NonStandardHeading> nonStandard_;
    ParagraphSpans webResidue_, webAddresses_;
    std::optional<std::uint32_t> title_;
    DocumentElements elements_;
    std::uint32_t titleLineCount_ = 0;
    char16_t arabicDot_ = u'.';
};

// The text of a heading's marker as the reader sees it: the typed marker, or the list label.
std::u16string_view markerText(const Document& document, const Heading& heading);
// The heading's text after the marker, cut to `maxLength` with "…", in UTF-8 for messages.
std::string headingExcerpt(const Document& document, const Heading& heading, std::size_t maxLength = 16);

// "二级" / "level-2" for messages.
std::string_view levelNameZh(int level);
std::string_view levelNameEn(int level);

// `number` written the way the marker's `numeral` is typed: Chinese, ASCII or full-width digits,
// or one enclosed character (⑴ ①).
std::u16string numeralLike(const Marker& marker, std::u16string_view numeral, int number);

// Edits that renumber a sibling run 1, 2, 3… (from its first sibling index: a run may start
// inline in the paragraph before) in place: only numerals that differ are touched,
// in the form they are typed (一 or 1 or １ or ⑴); Writer-numbered headings are left alone.
std::vector<Edit> renumberRun(const Document& document, const Structure& structure, const std::vector<int>& run);

} // namespace gw
