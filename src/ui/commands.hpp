// The commands behind the toolbar, the menu and the panel's buttons. `interactive` false skips
// every question (scripts and tests) and takes the cautious answer.
#pragma once

#include "ui_common.hpp"

namespace gwui {

// Safe fixes; with confirmable (C-kind) fixes present, asks with a preview of them first.
// Returns the number of edits the service made.
sal_Int32 fixAll(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 bool interactive, bool includeConfirmFixes);

// Exports to PDF (the usual PDF dialog) when the check finds no errors, or when the user says
// so; returns whether the export was started.
bool checkAndExportPdf(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::frame::XFrame>& frame, bool interactive);

// One finding by its key (Finding.Key) of the last check: select its text (the service's
// locate), fix it (fixFindings), or remember it as ignored. False when the key is not found
// (fixed or edited away since).
bool locateFinding(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                   const OUString& key);
bool fixFinding(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                const OUString& key);
bool ignoreFinding(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                   const OUString& key);

// 公文排版: formats the whole document as GB/T 9704-2012 asks (page setup, fonts, page numbers;
// the text stays as it is). Interactive, it first shows what will change, counted per kind by
// the service's own plan, and asks. Returns the number of edits made.
sal_Int32 formatDocument(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame, bool interactive);

// Comments for every finding, or for the one with `key` / removal of ours; both report what
// they did in a message box when interactive.
int annotate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
             bool interactive, const OUString& key = OUString());
int removeOurAnnotations(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame, bool interactive);

} // namespace gwui
