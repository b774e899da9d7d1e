// The Writer document adapter: reads a text document into gw::Document in one pass (inside
// soffice, where per-paragraph calls are cheap) and applies gw::Edit back to it. Offsets are
// UTF-16 code units of the model's paragraph text; every edit is mapped to a Writer range
// through the paragraph's text portions, so fields, bookmarks and tracked deletions in the
// paragraph do not shift it.
#pragma once

#include "document.hpp"
#include "edit.hpp"
#include "engine.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace gwcheck::uno {

// The user-defined document property that keeps ignored finding keys, newline-separated.
inline constexpr char kIgnoredProperty[] = "GwcheckIgnored";

class WriterDocument {
public:
    // Whether the runs' character formatting is read (gw::readsFormatting of the configuration).
    enum class Formatting { Read, Skip };

    // Throws css::lang::IllegalArgumentException when `component` is not a Writer text document.
    explicit WriterDocument(const css::uno::Reference<css::lang::XComponent>& component,
                            Formatting formatting = Formatting::Read);

    // The model as read: body paragraphs in order, table cells included, headers and footers not;
    // the page styles the body uses with their footers (not for plain-text input).
    const gw::Document& model() const { return model_; }

    // Adds the font families installed in this soffice to the model (for PG-08): asked once per
    // process through the toolkit's screen device, as Writer itself lists them.
    void readInstalledFonts(const css::uno::Reference<css::uno::XComponentContext>& context);
    const css::uno::Reference<css::text::XTextDocument>& textDocument() const { return document_; }

    // Applies edits in the order given (gw::orderForApplying's), keeping the paragraph index map
    // as gw::applyEdits keeps the model's. Returns how many edits were made; an edit Writer
    // cannot make (inside a field's text) is left out.
    int apply(const std::vector<gw::Edit>& edits);

    // Writer cannot undo a page style change made through the API: LibreOffice 7.4 empties its
    // whole undo stack whenever a page style property is set (tried: margins, size, grid,
    // footer). So page style edits are made before the undo step is entered: this applies the
    // page style edits of `passes`, takes them out, and returns them, with the keys of their
    // findings; the rest stays one undo step, and undoing it leaves the page setup as formatted.
    std::vector<gw::KeyedEdit> applyPageStyleEdits(std::vector<std::vector<gw::KeyedEdit>>& passes);

    // The Writer range of UTF-16 offsets [start, start + length) of model paragraph `paragraph`,
    // mapped as edits are (tracked deletions and fields in the paragraph do not shift it); null
    // when the paragraph does not exist or Writer cannot address the range.
    css::uno::Reference<css::text::XTextRange> range(std::uint32_t paragraph, std::uint32_t start,
                                                     std::uint32_t length) const;

    // Adds finding keys to the document's ignore list (saved with the document).
    void addIgnoredFindings(const std::vector<rtl::OUString>& keys);

private:
    void read(Formatting formatting);
    void reserveParagraphs();
    bool loadedFromPlainText() const; // "Text", "Text (encoded)": no formatting of the author's
    // The page styles named (in order of first use, with the body paragraph each starts at) and
    // the styles they are followed by.
    void readPageStyles(std::vector<std::pair<rtl::OUString, std::uint32_t>> used);
    css::uno::Reference<css::beans::XPropertySet> pageStyle(const std::u16string& name) const;
    bool apply(const gw::Edit& edit);
    void applyPageStyleEdit(const gw::Edit& edit);

    css::uno::Reference<css::text::XTextDocument> document_;
    gw::Document model_;
    std::vector<css::uno::Reference<css::text::XTextContent>> paragraphs_; // parallel to model_.paragraphs
};

// Enters one undo context on construction and always leaves it, so that all edits of one
// request are one undo step; also keeps the views from repainting in between.
class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::text::XTextDocument>& document, const rtl::OUString& title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::uno::XInterface> undoManager_;
    css::uno::Reference<css::uno::XInterface> model_;
};

} // namespace gwcheck::uno
