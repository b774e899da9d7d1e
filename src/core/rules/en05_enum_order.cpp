// EN-05 enum-order: 首先 → 其次 → 再次 → 最后 in that order, and 最后 only once.
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumOrder final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-05", "enum-order", Severity::Warning, FixKind::None, "",
                                   "“首先、其次、再次、最后”应依次使用", "\"首先, 其次, 再次, 最后\" in this order"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        const EnumItem* last = nullptr;   // the series' highest word so far
        const EnumItem* closing = nullptr; // its 最后, once seen
        std::uint32_t section = 0;
        for (const EnumItem& item : context.enumerations) {
            if (item.kind != EnumKind::Ordinal)
                continue;
            // 首先 opens a new series, and so does a word inside a later paragraph: a series runs
            // on into later paragraphs only through words that open them.
            const EnumItem* previous = closing ? closing : last;
            if (item.section != section || item.number == 1 ||
                (previous && previous->paragraph != item.paragraph && !item.opensParagraph)) {
                section = item.section;
                last = closing = nullptr;
            }
            const std::string word = text::toUtf8(itemText(document, item));
            if (closing) {
                const bool twice = item.number == 4;
                sink.report(item.paragraph, item.start, item.end - item.start,
                            twice ? formatMessage("“最后”在同一组列举中出现两次", {})
                                  : formatMessage("“{0}”出现在“最后”之后：顺序应为首先、其次、再次、最后", {word}),
                            twice ? formatMessage("\"最后\" (finally) appears twice in one enumeration", {})
                                  : formatMessage("\"{0}\" comes after \"最后\" (finally): the order is 首先, 其次, 再次, 最后",
                                                  {word}));
            } else if (last && (item.number < last->number || (item.number == 2 && last->number == 2))) {
                const std::string before = text::toUtf8(itemText(document, *last));
                sink.report(item.paragraph, item.start, item.end - item.start,
                            formatMessage("“{0}”出现在“{1}”之后：顺序应为首先、其次、再次、最后", {word, before}),
                            formatMessage("\"{0}\" comes after \"{1}\": the order is 首先, 其次, 再次, 最后", {word, before}));
            }
            if (!last || item.number > last->number)
                last = &item;
            if (item.number == 4 && !closing)
                closing = &item;
        }
    }
};

GW_REGISTER_RULE(EnumOrder);

} // namespace
} // namespace gw
