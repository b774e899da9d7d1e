// Opening a file for checking inside soffice (XDocumentChecker3::openFile): the type detection,
// the filter's lookup and the load in one place, without a person to ask anything.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <org/gwcheck/OpenedDocument.hpp>
#include <rtl/ustring.hxx>

#include <memory>

namespace com::sun::star::uno { class XComponentContext; }

namespace gwcheck::uno {

struct FileOpening {
    bool readOnly = true;
    // Frameless only, framed only, or frameless with the framed load as the fallback.
    enum class Path { Auto, Frameless, Framed } path = Path::Auto;
    // Given: the type detection is skipped (plain text, whose encoding the caller looked at).
    rtl::OUString filterName;
    rtl::OUString filterOptions;
};

class DocumentLoader {
public:
    explicit DocumentLoader(const css::uno::Reference<css::uno::XComponentContext>& context);
    ~DocumentLoader();
    DocumentLoader(const DocumentLoader&) = delete;
    DocumentLoader& operator=(const DocumentLoader&) = delete;

    // Never throws for a file that cannot be opened: the result's Failure says why. A
    // RuntimeException (soffice going down) passes through.
    org::gwcheck::OpenedDocument open(const rtl::OUString& url, const FileOpening& how);

private:
    struct Services;
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::unique_ptr<Services> services_; // made on first use, kept: a worker opens thousands
};

} // namespace gwcheck::uno
