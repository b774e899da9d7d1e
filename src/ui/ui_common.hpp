// Shared plumbing of the Writer UI: UI language and texts, our settings, the checker service
// and where the extension's files are. The UI reaches the checker only through UNO.
#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/gwcheck/Finding.hpp>
#include <org/gwcheck/XDocumentChecker2.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace gwui {

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

OUString utf8(const char* text);

// The UI's language is the one the service picks for LibreOffice's UI locale (settings.hxx:
// English for an English locale, Chinese otherwise), so the panel and its findings agree.
bool uiIsChinese(const Reference<css::uno::XComponentContext>& context);
OUString uiLanguageTag(const Reference<css::uno::XComponentContext>& context); // "zh-CN" / "en-US"

// A UI text by its key, in the UI language; unknown keys come back as the key itself.
OUString tr(const Reference<css::uno::XComponentContext>& context, const char* key);
// The same with "{0}", "{1}" replaced by the arguments.
OUString tr(const Reference<css::uno::XComponentContext>& context, const char* key,
            std::initializer_list<OUString> arguments);

// Pre-submission mode: "off", "warn" (default) or "ask".
OUString preSubmissionMode(const Reference<css::uno::XComponentContext>& context);

// The org.gwcheck.DocumentChecker service; throws RuntimeException naming the service when
// it cannot be created (extension half installed).
Reference<org::gwcheck::XDocumentChecker2> createChecker(const Reference<css::uno::XComponentContext>& context);
// Options every call passes: the UI language for messages.
Sequence<css::beans::PropertyValue> checkerOptions(const Reference<css::uno::XComponentContext>& context);

// The frame's document, when it is a Writer text document; otherwise empty.
Reference<css::lang::XComponent> writerDocument(const Reference<css::frame::XFrame>& frame);

// Severity order for display: error, warning, info.
int severityRank(const OUString& severity);
OUString severityLabel(const Reference<css::uno::XComponentContext>& context, const OUString& severity);

struct SeverityCounts {
    int errors = 0, warnings = 0, infos = 0;
};
SeverityCounts countSeverities(const Sequence<org::gwcheck::Finding>& findings);

// file URL of the folder the extension was installed to (where this library lives).
OUString extensionBaseUrl();

// Dispatches a command (".uno:ExportToPDF") to the frame.
void dispatchCommand(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame, const OUString& command,
                     const Sequence<css::beans::PropertyValue>& arguments = {});

// A yes/no question (true = yes) or a notice in a message box over the frame's window.
bool askYesNo(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
              const OUString& title, const OUString& message);
void showMessage(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 const OUString& title, const OUString& message);

} // namespace gwui
