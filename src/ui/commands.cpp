#include "commands.hpp"

#include "document_actions.hpp"
#include "findings_panel.hpp"

#include <com/sun/star/awt/XWindow.hpp>

#include <vector>

using namespace css;

namespace gwui {

namespace {

constexpr int previewLines = 12;

Sequence<org::gwcheck::Finding> checkFrame(const Reference<uno::XComponentContext>& context,
                                           const Reference<lang::XComponent>& document)
{
    return createChecker(context)->check(document, checkerOptions(context));
}

OUString previewLine(const Reference<uno::XComponentContext>& context, const org::gwcheck::Finding& finding)
{
    const OUString where = finding.Location.isEmpty() ? tr(context, "panel.start") : finding.Location;
    return "• " + finding.Rule + " " + tr(context, "panel.row", {where, finding.Message}) + "\n";
}

Sequence<OUString> oneKey(const OUString& key)
{
    Sequence<OUString> keys(1);
    keys[0] = key;
    return keys;
}

} // namespace

bool locateFinding(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                   const OUString& key)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is() || key.isEmpty())
        return false;
    // The service keeps the panel's check until the document changes: no re-read per click.
    const Reference<text::XTextRange> range(createChecker(context)->locate(document, key, checkerOptions(context)),
                                            uno::UNO_QUERY);
    if (!range.is() || !selectRange(document, range))
        return false;
    frame->getContainerWindow()->setFocus();
    return true;
}

bool fixFinding(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                const OUString& key)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is() || key.isEmpty())
        return false;
    // One fix (of the panel's check, kept by the service) and the panel's one check after it.
    const org::gwcheck::FixResult result = createChecker(context)->fixFindings(document, oneKey(key), checkerOptions(context));
    refreshPanel(frame);
    return result.Keys.getLength() > 0;
}

bool ignoreFinding(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                   const OUString& key)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is() || key.isEmpty())
        return false;
    createChecker(context)->ignore(document, oneKey(key));
    refreshPanel(frame);
    return true;
}

sal_Int32 fixAll(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                 bool interactive, bool includeConfirmFixes)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is())
        return 0;
    const Reference<org::gwcheck::XDocumentChecker2> checker = createChecker(context);
    const Sequence<org::gwcheck::Finding> findings = checker->check(document, checkerOptions(context));
    std::vector<OUString> safeKeys, confirmKeys;
    OUString preview;
    for (const org::gwcheck::Finding& finding : findings) {
        if (finding.FixKind == "A") {
            safeKeys.push_back(finding.Key);
        } else if (finding.FixKind == "C") {
            if (confirmKeys.size() < previewLines)
                preview += previewLine(context, finding);
            else if (confirmKeys.size() == previewLines)
                preview += "…\n";
            confirmKeys.push_back(finding.Key);
        }
    }
    bool withConfirmFixes = includeConfirmFixes && !confirmKeys.empty();
    if (interactive && !confirmKeys.empty()) {
        withConfirmFixes = askYesNo(context, frame, tr(context, "fixall.title"),
                                    tr(context, "fixall.confirm",
                                       {OUString::number(sal_Int64(safeKeys.size())),
                                        OUString::number(sal_Int64(confirmKeys.size())), preview}));
    }
    if (safeKeys.empty() && !withConfirmFixes) {
        if (interactive)
            showMessage(context, frame, tr(context, "fixall.title"), tr(context, "fixall.none"));
        return 0;
    }
    sal_Int32 edits = 0;
    if (withConfirmFixes) {
        // One call, so that it stays one undo step: the safe fixes and the confirmed ones.
        std::vector<OUString> keys = safeKeys;
        keys.insert(keys.end(), confirmKeys.begin(), confirmKeys.end());
        edits = checker->fixFindings(document, Sequence<OUString>(keys.data(), static_cast<sal_Int32>(keys.size())),
                                     checkerOptions(context)).Edits;
    } else {
        edits = checker->fixFindings(document, Sequence<OUString>(), checkerOptions(context)).Edits;
    }
    refreshPanel(frame);
    return edits;
}

bool checkAndExportPdf(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                       bool interactive)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is())
        return false;
    const SeverityCounts counts = countSeverities(checkFrame(context, document));
    if (counts.errors > 0) {
        refreshPanel(frame);
        if (!interactive
            || !askYesNo(context, frame, tr(context, "export.title"),
                         tr(context, "export.confirm", {OUString::number(counts.errors)}))) {
            showPanel(frame);
            return false;
        }
    }
    dispatchCommand(context, frame, ".uno:ExportToPDF");
    return true;
}

int annotate(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame, bool interactive,
             const OUString& key)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is())
        return 0;
    const int inserted = createChecker(context)->annotate(document, key.isEmpty() ? Sequence<OUString>() : oneKey(key),
                                                          checkerOptions(context));
    if (interactive)
        showMessage(context, frame, tr(context, "panel.title"), tr(context, "annotate.done", {OUString::number(inserted)}));
    return inserted;
}

int removeOurAnnotations(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                         bool interactive)
{
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (!document.is())
        return 0;
    const int removed = removeAnnotations(context, document);
    if (interactive)
        showMessage(context, frame, tr(context, "panel.title"), tr(context, "annotate.removed", {OUString::number(removed)}));
    return removed;
}

} // namespace gwui
