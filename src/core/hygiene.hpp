// Template hygiene shared by the TH rules and the rules that must not touch what they flag: text
// a web page left in a copied document, and web addresses. The phrases are word lists in
// src/core/data/ (web_residue_*, site_*); what has a structure (ICP numbers, dates, addresses)
// is a pattern here.
#pragma once

#include "document.hpp"
#include "phrase_list.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gw {

// Web-page residue in one paragraph wherever it stands (推荐访问…, 版权所有…, 当前隐藏内容免费查看,
// ICP numbers, site headers…), and whether the paragraph holds nothing else (then it goes as a
// whole).
struct WebResidue {
    std::vector<TextSpan> spans;
    bool wholeParagraph = false;
};
WebResidue findWebResidue(std::u16string_view text);

// Which paragraphs of a document are web-page residue as a whole, to be removed: one entry per
// paragraph. They are the paragraphs findWebResidue finds whole; the lines of the site's article
// page around the text (下载, 【字号：, 来源：天津日报, 浏览次数：…), but only in the document's top
// block (before its first paragraph of running text) and bottom block (after its last), since in
// the body "收藏" or "时间：2024年…" are real text; and a view counter beside either.
std::vector<bool> residueParagraphs(const Document& document);
// The same, given the paragraphs findWebResidue finds whole (one entry per paragraph).
std::vector<bool> residueParagraphs(const Document& document, std::vector<bool> wholeParagraphs);

// A span with the space that sets it off in the sentence: the spaces before it, or when there
// are none, after it ("强推对 当前隐藏内容免费查看外" loses " 当前隐藏内容免费查看").
TextSpan withSettingSpace(std::u16string_view text, TextSpan span);

// URLs, bare domain names and e-mail addresses.
std::vector<TextSpan> findWebAddresses(std::u16string_view text);

} // namespace gw
