#include "document_loader.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <mutex>
#include <vector>

namespace gwcheck::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace beans = css::beans;

namespace {

// Answers every request soffice makes while loading with "abort", so that nothing waits for a
// person; remembers whether a password was asked for and what went wrong last.
class AbortingHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override
    {
        const css::uno::Any what = request->getRequest();
        const rtl::OUString type = what.getValueTypeName();
        if (type.indexOf("PasswordRequest") >= 0)
            passwordRequested = true;
        css::uno::Exception exception;
        if ((what >>= exception) && !exception.Message.isEmpty())
            lastMessage = exception.Message;
        else if (lastMessage.isEmpty())
            lastMessage = type;
        for (const auto& continuation : request->getContinuations()) {
            Reference<css::task::XInteractionAbort> abort(continuation, UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
    }
    std::atomic<bool> passwordRequested{false};
    rtl::OUString lastMessage;
};

beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

Sequence<beans::PropertyValue> toSequence(const std::vector<beans::PropertyValue>& values)
{
    return Sequence<beans::PropertyValue>(values.data(), static_cast<sal_Int32>(values.size()));
}

template <typename T>
bool findValue(const Sequence<beans::PropertyValue>& values, const char* name, T& out)
{
    for (const auto& value : values)
        if (value.Name.equalsAscii(name))
            return value.Value >>= out;
    return false;
}

// "docx" for ".../a.DOCX": the name's extension, for messages.
rtl::OUString extensionOf(const rtl::OUString& url)
{
    const sal_Int32 slash = url.lastIndexOf('/');
    const sal_Int32 dot = url.lastIndexOf('.');
    return dot > slash ? url.copy(dot + 1).toAsciiLowerCase() : rtl::OUString();
}

void closeQuietly(const Reference<css::uno::XInterface>& model)
{
    try {
        Reference<css::util::XCloseable> closeable(model, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (const css::uno::Exception&) {
        // Never fully loaded or not ours to keep: nothing of the user's is in it.
    }
}

org::gwcheck::OpenedDocument failed(const char* failure, const rtl::OUString& message, const rtl::OUString& filter)
{
    org::gwcheck::OpenedDocument result;
    result.Failure = rtl::OUString::createFromAscii(failure);
    result.Message = message;
    result.FilterName = filter;
    return result;
}

} // namespace

struct DocumentLoader::Services {
    Reference<css::lang::XMultiComponentFactory> factory;
    Reference<css::document::XTypeDetection> detection;
    Reference<css::container::XNameAccess> filters;
    Reference<css::frame::XComponentLoader> desktop;
};

DocumentLoader::DocumentLoader(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

DocumentLoader::~DocumentLoader() = default;

org::gwcheck::OpenedDocument DocumentLoader::open(const rtl::OUString& url, const FileOpening& how)
{
    if (!services_) {
        auto services = std::make_unique<Services>();
        services->factory.set(context_->getServiceManager(), UNO_QUERY_THROW);
        services->detection.set(
            services->factory->createInstanceWithContext("com.sun.star.document.TypeDetection", context_),
            UNO_QUERY_THROW);
        services->filters.set(
            services->factory->createInstanceWithContext("com.sun.star.document.FilterFactory", context_),
            UNO_QUERY_THROW);
        services->desktop.set(services->factory->createInstanceWithContext("com.sun.star.frame.Desktop", context_),
                              UNO_QUERY_THROW);
        services_ = std::move(services);
    }
    const Services& services = *services_;
    rtl::Reference<AbortingHandler> handler(new AbortingHandler);
    const Reference<css::task::XInteractionHandler> handlerRef(handler.get());
    const rtl::OUString extension = extensionOf(url);

    // What the bytes are, whatever the name says; random bytes "detect" as plain text, so a text
    // filter only counts when the caller chose it for a name that says text.
    rtl::OUString filter = how.filterName;
    rtl::OUString documentService("com.sun.star.text.TextDocument");
    if (filter.isEmpty()) {
        Sequence<beans::PropertyValue> descriptor = toSequence(
            {property("URL", css::uno::Any(url)), property("InteractionHandler", css::uno::Any(handlerRef))});
        const rtl::OUString type = services.detection->queryTypeByDescriptor(descriptor, true);
        if (handler->passwordRequested)
            return failed("encrypted", "password-protected (encrypted); not checked", filter);
        if (!type.isEmpty()) {
            Sequence<beans::PropertyValue> typeProperties;
            Reference<css::container::XNameAccess> types(services.detection, UNO_QUERY);
            if (types.is() && (types->getByName(type) >>= typeProperties))
                findValue(typeProperties, "PreferredFilter", filter);
        }
        rtl::OUString detected;
        if (findValue(descriptor, "FilterName", detected) && !detected.isEmpty())
            filter = detected;
        if (filter.isEmpty() || filter.startsWith("Text"))
            return failed("corrupt",
                          "not a readable " + (extension.isEmpty() ? rtl::OUString("document") : extension) +
                              " file (LibreOffice does not recognise its content)",
                          filter);
        Sequence<beans::PropertyValue> filterProperties;
        if (services.filters->hasByName(filter) && (services.filters->getByName(filter) >>= filterProperties)) {
            rtl::OUString service;
            findValue(filterProperties, "DocumentService", service);
            if (service != "com.sun.star.text.TextDocument" && service != "com.sun.star.text.GlobalDocument")
                return failed("unsupported", "not a text document (" + type + ")", filter);
            documentService = service;
        }
    }

    std::vector<beans::PropertyValue> arguments{
        property("ReadOnly", css::uno::Any(how.readOnly)),
        property("FilterName", css::uno::Any(filter)),
        property("InteractionHandler", css::uno::Any(handlerRef)),
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("RepairPackage", css::uno::Any(false)),
    };
    if (!how.filterOptions.isEmpty())
        arguments.push_back(property("FilterOptions", css::uno::Any(how.filterOptions)));

    org::gwcheck::OpenedDocument result;
    result.FilterName = filter;
    // Frameless first: the model alone, without a frame or a view, is never laid out by Writer
    // (a 20,000-paragraph report: the first call after a framed load waits seconds for layout).
    if (how.path != FileOpening::Path::Framed) {
        Reference<css::frame::XLoadable> loadable(
            services.factory->createInstanceWithContext(documentService, context_), UNO_QUERY);
        if (loadable.is()) {
            std::vector<beans::PropertyValue> withUrl(arguments);
            withUrl.push_back(property("URL", css::uno::Any(url)));
            try {
                loadable->load(toSequence(withUrl));
                result.Document.set(loadable, UNO_QUERY);
                result.LoadPath = "frameless";
            } catch (const css::uno::RuntimeException&) {
                throw;
            } catch (const css::uno::Exception& exception) {
                handler->lastMessage = exception.Message;
                closeQuietly(loadable);
            }
        }
    }
    if (!result.Document.is() && !handler->passwordRequested && how.path != FileOpening::Path::Frameless) {
        arguments.push_back(property("Hidden", css::uno::Any(true)));
        try {
            result.Document.set(services.desktop->loadComponentFromURL(url, "_blank", 0, toSequence(arguments)),
                                UNO_QUERY);
            if (result.Document.is())
                result.LoadPath = "framed";
        } catch (const css::uno::RuntimeException&) {
            throw;
        } catch (const css::uno::Exception& exception) {
            handler->lastMessage = exception.Message;
        }
    }
    if (!result.Document.is()) {
        if (handler->passwordRequested)
            return failed("encrypted", "password-protected (encrypted); not checked", filter);
        return failed("corrupt",
                      "LibreOffice could not open it as " + filter +
                          (handler->lastMessage.isEmpty() ? rtl::OUString() : " (" + handler->lastMessage + ")"),
                      filter);
    }
    Reference<css::lang::XServiceInfo> info(result.Document, UNO_QUERY);
    if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument")) {
        closeQuietly(result.Document);
        return failed("unsupported", "not a text document", filter);
    }
    return result;
}

} // namespace gwcheck::uno
