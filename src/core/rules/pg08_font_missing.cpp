// PG-08 font-missing: a font the standard asks for (仿宋, 小标宋, 楷体, 黑体 under any of their names)
// is used in the document but not installed where it is checked: the document may be right, yet
// it is shown (and printed from here) in a substitute. Said once per font, where it is first
// used; nothing to fix here, and the other rules' fixes still set the names the standard wants.
// Quiet when the installed fonts are unknown.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../unicode.hpp"

#include <set>

namespace gw {
namespace {

std::u16string folded(std::u16string_view name)
{
    std::u16string out(name);
    for (char16_t& c : out)
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c - u'A' + u'a');
    return out;
}

bool isRequiredFont(std::u16string_view font, const Options& options)
{
    return belongsTo(font, kFangsongFamily) || belongsTo(font, kKaiFamily) || belongsTo(font, kHeiFamily) ||
           isTitleFont(font, options);
}

class FontMissing final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-08", "font-missing", Severity::Info, FixKind::None, "GB/T 9704-2012 §5.2.2",
                                   "所需字体未安装", "A required font is not installed", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        if (!layoutKnown(document) || document.installedFonts.empty())
            return;
        std::set<std::u16string> installed;
        for (const std::u16string& font : document.installedFonts)
            installed.insert(folded(font));
        std::set<std::u16string> reported;
        // Runs mostly repeat the font of the run before: that name has been decided already.
        std::u16string_view previous;
        for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
            const Paragraph& paragraph = document.paragraphs[index];
            for (const TextRun& run : paragraph.runs) {
                if (run.fontAsian == previous)
                    continue;
                previous = run.fontAsian;
                const std::u16string font = folded(run.fontAsian);
                if (font.empty() || installed.count(font) || reported.count(font) ||
                    !isRequiredFont(run.fontAsian, context.config.options))
                    continue;
                reported.insert(font);
                const std::string name = text::toUtf8(run.fontAsian);
                sink.report(index, run.start, run.length,
                            formatMessage("本机未安装字体“{0}”：文档可能无误，但此处显示和打印时会用替代字体"
                                          "（GB/T 9704-2012 §5.2.2 等所要求的字体）",
                                          {name}),
                            formatMessage("The font \"{0}\" is not installed here: the document may be right, but it is "
                                          "shown and printed here in a substitute (a font GB/T 9704-2012 §5.2.2 and "
                                          "others ask for)",
                                          {name}));
            }
        }
    }
};

GW_REGISTER_RULE(FontMissing);

} // namespace
} // namespace gw
