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

// Comments for every finding, or for the one with `key` / removal of ours; both report what
// they did in a message box when interactive.
int annotate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
             bool interactive, const OUString& key = OUString());
int removeOurAnnotations(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame, bool interactive);

} // namespace gwui
